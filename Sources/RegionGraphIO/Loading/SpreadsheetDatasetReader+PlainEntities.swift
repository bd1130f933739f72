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
            // The few spellings of kinds, each parsed once and told apart by their bytes.
            var kinds: [(bytes: [UInt8], kind: EntityKind?, written: String)] = []
            while scanner.nextRow() {
                let fields = scanner.fields
                guard scanner.diagnostics.isEmpty, fields.count == 3 else { return nil }
                let id = scanner.text(of: fields[idField])
                let name = scanner.text(of: fields[nameField])
                guard !id.isBlank, NetworkBuilder.isIdentifier(id), !name.isBlank else { return nil }
                let kindBytes = scanner.slice(of: fields[kindField])
                let spelling: (kind: EntityKind?, written: String)
                if !fields[kindField].unescape, let known = kinds.first(where: { known in
                    known.bytes.count == kindBytes.count
                        && (kindBytes.isEmpty || known.bytes.withUnsafeBufferPointer { ByteKeys.equal($0.baseAddress!, kindBytes) })
                }) {
                    spelling = (known.kind, known.written)
                } else {
                    let written = scanner.text(of: fields[kindField])
                    spelling = (EntityKind(parsing: written), written)
                    if !fields[kindField].unescape { kinds.append((Array(kindBytes), spelling.kind, written)) }
                }
                guard let kind = spelling.kind else { return nil }
                let written = spelling.written
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
