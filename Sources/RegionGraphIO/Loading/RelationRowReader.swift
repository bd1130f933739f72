import RegionGraph

/// Reads the rows of a `relations.csv` into ``RelationRowBatch``es: the header checked, each
/// row scanned, its type and dates read (``SpreadsheetRelationValues``) and its ends found
/// among a list of ids, a batch at a time (``EntityKeyLookup``), but nothing added to a builder
/// and nothing asked of one: the list may be a table of entities a builder is still checking.
/// The batches can go to a builder on another thread (``RelationRowAdding``) while the reader
/// reads on.
///
/// It reads the whole file it is given, or the file of `pieces` a piece at a time; added in
/// order, its batches give the same diagnostics and relations as reading the rows one by one
/// into the builder would.
///
/// ```swift
/// var reader = RelationRowReader(scanner: scanner, pieces: pieces)
/// reader.read(into: { RelationRowBatch() }) { batch in adding.add(batch, to: &builder) }
/// ```
struct RelationRowReader {
    private var scanner: CSVScanner
    private let pieces: FilePieces?
    private let file: String
    /// The rows (and items) a batch holds before it is handed on.
    private let batchSize: Int
    /// The scanner's diagnostics handed on so far.
    private var reported = 0
    private var batch: RelationRowBatch
    /// Where the rows of `batch` start in the scanner's bytes.
    private var batchStart = 0
    /// The header's columns, once read.
    private var header: [String] = []
    private let types = RelationTypeNames()
    /// The ids the rows' ends are found among, a batch at a time, once the first batch is
    /// full (made meanwhile on another thread, say).
    private let idTable: () -> EntityKeyLookup
    private var ids: EntityKeyLookup?
    private var endBytes: [UnsafeBufferPointer<UInt8>] = []
    /// Where the batches after the first come from: empty ones, new or handed back.
    private var emptyBatch: () -> RelationRowBatch = { RelationRowBatch() }

    /// A reader of the rows `scanner` is at the start of, and of the pieces of `pieces` that
    /// follow when there are any, finding their ends among the ids `ids` gives (asked once,
    /// when the first batch is full), handing on batches of `batchSize` rows.
    init(scanner: consuming CSVScanner, pieces: FilePieces?, ids: @escaping () -> EntityKeyLookup, batchSize: Int = 2048) {
        idTable = ids
        self.batchSize = max(1, batchSize)
        batch = RelationRowBatch(reserving: self.batchSize)
        self.file = scanner.file
        self.scanner = scanner
        self.pieces = pieces
    }

    /// Reads every row, handing each full batch to `deliver`, then the last one
    /// (``RelationRowBatch/isLast``); each batch after the first is filled from `empty`.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    mutating func read(into empty: @escaping () -> RelationRowBatch, _ deliver: (RelationRowBatch) -> Void) {
        emptyBatch = empty
        readRows(deliver)
        flushDiagnostics()
        batch.isLast = true
        handOn(deliver)
    }

    /// Hands `batch` on with its rows' ends found and a copy of the bytes its rows were read
    /// from, and starts the next.
    private mutating func handOn(_ deliver: (RelationRowBatch) -> Void) {
        if !batch.rows.isEmpty, let base = scanner.bytes.baseAddress.map({ $0 + batchStart }) {
            findEnds(from: base)
        }
        if scanner.index > batchStart {
            batch.setTexts(UnsafeBufferPointer(rebasing: scanner.bytes[batchStart..<scanner.index]))
        }
        batch.offset = offset
        batch.header = header
        batch.delimiter = scanner.delimiter
        // Handed on without a copy kept here: the receiver owns its storage alone.
        var full = RelationRowBatch()
        swap(&full, &batch)
        deliver(full)
        _ = consume full
        batch = emptyBatch()
        batch.removeAll()
        batchStart = scanner.index
    }

    private mutating func readRows(_ deliver: (RelationRowBatch) -> Void) {
        guard nextRow(deliver) else {
            flushDiagnostics()
            var problems: [Diagnostic] = []
            SpreadsheetDatasetReader.reportEmpty(.relations, file: file, sheet: nil, into: &problems)
            problems.forEach { batch.report($0) }
            return
        }
        let headerRow = scanner.row()
        var problems: [Diagnostic] = []
        let checkedHeader = SpreadsheetDatasetReader.checkHeaderAndUnreadColumns(
            headerRow, table: .relations, file: file, into: &problems)
        flushDiagnostics()
        problems.forEach { batch.report($0) }
        guard let header = checkedHeader else {
            while nextRow(deliver) {}
            return
        }
        self.header = header
        func column(_ name: String) -> Int { header.firstIndex(of: name) ?? -1 }
        let columns = (
            from: column("from"), to: column("to"), type: column("type"), role: column("role"),
            start: column("start"), end: column("end"), source: column("source"),
            quote: column("quote"), asOf: column("as_of"), note: column("note"), certainty: column("certainty"))
        let hasFurtherSources = header.contains {
            SpreadsheetDatasetReader.sourceColumn($0).map { $0.index >= 2 } ?? false
        }
        while nextRow(deliver) {
            // Once the row is read: a batch ends where its last row does.
            defer { if batch.count >= batchSize { handOn(deliver) } }
            let diagnosticsBefore = reported
            if scanner.diagnostics.count > reported { flushDiagnostics() }
            guard scanner.fieldCount == header.count else {
                var problems: [Diagnostic] = []
                _ = SpreadsheetDatasetReader.checkWidth(scanner.row(), header: header, file: file, into: &problems)
                problems.forEach { batch.report($0) }
                continue
            }
            // Rows with a problem, doubled quotes, bytes that are not UTF-8, further sources
            // (`source_2`, …), a certainty, or that are not plain are read as records.
            if scanner.isValidUTF8, !scanner.rowHasDoubledQuotes, reported == diagnosticsBefore,
                !hasFurtherSources, columns.certainty < 0 || scanner.slice(of: scanner.field(columns.certainty)).isEmpty,
                let base = scanner.bytes.baseAddress.map({ $0 + batchStart })
            {
                func range(_ index: Int) -> RelationRowBatch.TextRange {
                    index >= 0 ? RelationRowBatch.TextRange(scanner.slice(of: scanner.field(index)), from: base) : .init()
                }
                let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
                func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
                    index >= 0 ? scanner.slice(of: scanner.field(index)) : empty
                }
                guard columns.from >= 0, columns.to >= 0,
                    let values = SpreadsheetRelationValues.read(
                        type: bytes(columns.type), start: bytes(columns.start), end: bytes(columns.end),
                        asOf: bytes(columns.asOf), source: bytes(columns.source), types: types)
                else {
                    batch.append(SpreadsheetDatasetReader.relationRecord(scanner.row(), header: header, file: file))
                    continue
                }
                let first = scanner.field(0)
                var row = RelationRowBatch.Row(
                    from: range(columns.from), to: range(columns.to), values: values, line: scanner.rowLine,
                    column: Int32(truncatingIfNeeded: scanner.column(at: first.position, lineStart: first.lineStart)))
                row.role = range(columns.role)
                row.source = range(columns.source)
                row.quote = range(columns.quote)
                row.note = range(columns.note)
                row.whole = RelationRowBatch.TextRange(
                    UnsafeBufferPointer(rebasing: scanner.bytes[first.lineStart..<scanner.index]), from: base)
                batch.append(row)
                continue
            }
            batch.append(SpreadsheetDatasetReader.relationRecord(scanner.row(), header: header, file: file))
        }
    }

    /// Finds the ends of the batch's rows, whose texts are read from `base` on: all hashed and
    /// looked up ahead at once (``EntityKeyLookup/prepare(ends:)``), then found one by one.
    private mutating func findEnds(from base: UnsafePointer<UInt8>) {
        var lookup = ids.take() ?? idTable()
        endBytes.removeAll(keepingCapacity: true)
        for row in batch.rows {
            endBytes.append(UnsafeBufferPointer(start: base + Int(row.from.start), count: Int(row.from.count)))
            endBytes.append(UnsafeBufferPointer(start: base + Int(row.to.start), count: Int(row.to.count)))
        }
        lookup.prepare(ends: endBytes)
        for index in batch.rows.indices {
            batch.rows[index].fromPlace = lookup.place(ofEnd: 2 * index, in: endBytes) ?? -1
            batch.rows[index].toPlace = lookup.place(ofEnd: 2 * index + 1, in: endBytes) ?? -1
        }
        ids = lookup
    }

    /// Where the scanner is in the file.
    private var offset: Int { (pieces?.offset ?? 0) + scanner.index }

    /// Hands the scanner's new diagnostics on.
    private mutating func flushDiagnostics() {
        while reported < scanner.diagnostics.count {
            batch.report(scanner.diagnostics[reported])
            reported += 1
        }
    }

    /// The next row, from the next piece when this one has no more whole rows: the batch is
    /// handed on first, while the bytes its rows were read from are still there.
    private mutating func nextRow(_ deliver: (RelationRowBatch) -> Void) -> Bool {
        while true {
            if scanner.nextRow() { return true }
            guard let pieces, !scanner.isLastPiece else { return false }
            flushDiagnostics()
            if batch.count > 0 { handOn(deliver) }
            guard let next = pieces.next(afterUsing: scanner.index) else {
                batch.report(SpreadsheetDatasetReader.unreadable(file, line: scanner.rowLine))
                return false
            }
            scanner = CSVScanner(continuing: scanner, in: next.bytes, isLastPiece: next.isLast)
            reported = 0
            batchStart = 0
        }
    }
}
