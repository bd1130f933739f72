import RegionGraph

extension SpreadsheetDatasetReader {
    /// Reads `entities.csv` into a ``PlainEntityTable`` when every row is plain: the header is
    /// `id`, `kind` and `name` (in any order) and nothing else, the file is UTF-8, and each row
    /// has an id without white space, a kind that parses and a name that is not blank, with no
    /// problem the reader reports. `nil` otherwise: read the file as records
    /// (``readEntities(_:file:)``), which says what is wrong.
    ///
    /// A builder checks the table as it checks the records of the same rows, with the same
    /// diagnostics, and faster: no record is made.
    ///
    /// ```swift
    /// if let table = SpreadsheetDatasetReader.readPlainEntities(bytes, file: "net/entities.csv") {
    ///     var builder = NetworkBuilder(records: others, plainEntities: table)
    /// }
    /// ```
    ///
    /// - Complexity: O(*n*) in the size of the file.
    static func readPlainEntities(_ bytes: [UInt8], file: String) -> PlainEntityTable? {
        bytes.withUnsafeBufferPointer { buffer -> PlainEntityTable? in
            var scanner = CSVScanner(buffer, file: file)
            guard scanner.isValidUTF8, scanner.nextRow(), scanner.diagnostics.isEmpty else { return nil }
            let header = scanner.row().fields.map { $0.lowercased() }
            guard header.count == 3, let idField = header.firstIndex(of: "id"),
                let kindField = header.firstIndex(of: "kind"), let nameField = header.firstIndex(of: "name")
            else { return nil }
            var table = PlainEntityTable(file: file)
            table.reserveCapacity(lineBreaks(in: buffer))
            // The few spellings of kinds, each parsed once.
            var kinds: [String: EntityKind?] = [:]
            while scanner.nextRow() {
                let fields = scanner.fields
                guard scanner.diagnostics.isEmpty, fields.count == 3 else { return nil }
                let id = scanner.text(of: fields[idField])
                let written = scanner.text(of: fields[kindField])
                let name = scanner.text(of: fields[nameField])
                guard !id.isBlank, NetworkBuilder.isIdentifier(id), !name.isBlank else { return nil }
                let parsed: EntityKind?
                if let known = kinds[written] {
                    parsed = known
                } else {
                    parsed = EntityKind(parsing: written)
                    kinds[written] = parsed
                }
                guard let kind = parsed else { return nil }
                func column(_ field: Int) -> Int {
                    scanner.column(at: fields[field].position, lineStart: fields[field].lineStart)
                }
                table.append(
                    id: id, kind: kind, written: written, name: name,
                    at: PlainEntityTable.Place(
                        line: scanner.rowLine, idColumn: column(idField), kindColumn: column(kindField),
                        nameColumn: column(nameField)))
            }
            return scanner.diagnostics.isEmpty ? table : nil
        }
    }
}
