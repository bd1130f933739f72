import RegionGraph

/// Adds ``RelationRowBatch``es to a builder as they come, in order: each plain row through
/// `builder.addIfPlain` (``SpreadsheetRelationRows``), or, when its relation needs a
/// diagnostic, read again from its bytes as a record for `builder.add(_:)`; the records and
/// diagnostics as they are; and calls `progress` about once per megabyte of the file.
///
/// A row's ends come as places in the list of ids the reader found them among, which
/// `positions` turns into the builder's entities (`nil` for an id that is no entity's: the row
/// is then read again as a record, whose checks report it).
///
/// ```swift
/// var adding = RelationRowAdding(file: path, positions: positions, fileNumber: builder.fileNumber(for: path), progress: nil)
/// reader.read(into: { RelationRowBatch() }) { adding.add($0, to: &builder) }
/// ```
struct RelationRowAdding {
    private let file: String
    private let positions: [NetworkBuilder.EntityPosition?]
    private let fileNumber: NetworkBuilder.FileNumber
    private let progress: ((Int) -> Void)?
    private var plainRows = SpreadsheetRelationRows()
    private var nextReport = 1 << 20
    /// The hashes of a batch's sources, read ahead (`NetworkBuilder.prefetchTexts(hashes:)`).
    private var sourceHashes: [UInt64] = []

    /// Adding the rows of `file` (the builder's file `fileNumber`), whose ends the reader found
    /// at places in its list of ids that `positions` gives the entities of.
    init(
        file: String, positions: [NetworkBuilder.EntityPosition?], fileNumber: NetworkBuilder.FileNumber,
        progress: ((Int) -> Void)?
    ) {
        self.file = file
        self.positions = positions
        self.fileNumber = fileNumber
        self.progress = progress
    }

    /// Adding the rows of `file` to `builder`, read with the ids of its entities in the order
    /// of their positions.
    init(file: String, into builder: inout NetworkBuilder, progress: ((Int) -> Void)?) {
        self.init(
            file: file, positions: builder.entityPositions.map(\.position), fileNumber: builder.fileNumber(for: file),
            progress: progress)
    }

    /// Adds what `batch` holds to `builder`.
    ///
    /// - Complexity: O(*n*) for *n* rows and items, plus the checks of records.
    mutating func add(_ batch: RelationRowBatch, to builder: inout NetworkBuilder) {
        batch.withTexts { texts in
            // The sources are looked up ahead first, many reads at once.
            sourceHashes.removeAll(keepingCapacity: true)
            for row in batch.rows { sourceHashes.append(ByteKeys.hash(texts[row.source])) }
            sourceHashes.withUnsafeBufferPointer { builder.prefetchTexts(hashes: $0) }
            var next = 0
            for (index, row) in batch.rows.enumerated() {
                while next < batch.items.count, batch.items[next].after == index {
                    Self.add(batch.items[next].item, to: &builder)
                    next += 1
                }
                add(row, of: batch, in: texts, to: &builder)
            }
            while next < batch.items.count {
                Self.add(batch.items[next].item, to: &builder)
                next += 1
            }
        }
        guard let progress else { return }
        if batch.isLast || batch.offset >= nextReport {
            progress(batch.offset)
            nextReport = batch.offset + (1 << 20)
        }
    }

    @inline(__always)
    private mutating func add(
        _ row: RelationRowBatch.Row, of batch: RelationRowBatch, in texts: RelationRowBatch.Texts,
        to builder: inout NetworkBuilder
    ) {
        if row.fromPlace >= 0, row.toPlace >= 0, let from = positions[Int(row.fromPlace)],
            let to = positions[Int(row.toPlace)]
        {
            var fields = SpreadsheetRelationTexts()
            fields.role = texts[row.role]
            fields.source = texts[row.source]
            fields.quote = texts[row.quote]
            fields.note = texts[row.note]
            let location = NetworkBuilder.Location(file: fileNumber, line: row.line, column: Int(row.column))
            if plainRows.addIfPlain(row.values, fields, from: from, to: to, at: location, to: &builder) { return }
        }
        // An end that is no entity's, or a relation that needs a diagnostic: the row's record,
        // read again from its bytes as the reader would have.
        var scanner = CSVScanner(row: texts[row.whole], file: file, line: row.line, delimiter: batch.delimiter)
        guard scanner.nextRow(), scanner.fields.count == batch.header.count else {
            // The reader read these bytes as such a row: this cannot happen, but is not hidden.
            builder.report(.error(
                at: FileLocation(file: file, line: row.line, column: 1), "the row could not be read a second time",
                hint: "check that the file is not being written to while it is read"))
            return
        }
        builder.add(SpreadsheetDatasetReader.relationRecord(scanner.row(), header: batch.header, file: file))
    }

    private static func add(_ item: RelationRowBatch.Item, to builder: inout NetworkBuilder) {
        switch item {
        case .diagnostic(let diagnostic): builder.report(diagnostic)
        case .record(let record): builder.add(record)
        }
    }
}
