import RegionGraph

/// Rows of a `relations.csv`, scanned by a ``RelationRowReader``, on their way to a builder
/// (``RelationRowAdding``): the rows that may be plain as their ends and the places of their
/// other fields in a copy of the bytes they were read from, the others as records, with the
/// diagnostics found reading them, all in the file's order.
///
/// A batch owns everything it holds, so it can be read on one thread and added on another.
///
/// ```swift
/// batch.withTexts { texts in for row in batch.rows { … texts[row.source] … } }
/// ```
struct RelationRowBatch: Sendable {
    /// Where a text is in the batch's bytes; an empty range for an empty field.
    struct TextRange: Sendable {
        var start: Int32 = 0
        var count: Int32 = 0

        init() {}

        /// Where `bytes` are among bytes read from `base` on.
        @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>, from base: UnsafePointer<UInt8>) {
            guard let address = bytes.baseAddress, !bytes.isEmpty else { return }
            start = Int32(truncatingIfNeeded: address - base)
            count = Int32(truncatingIfNeeded: bytes.count)
        }
    }

    /// A plain row with no problem the reader sees: where its ends' ids are and their places
    /// in the reader's list of ids, where its texts are, its type and dates, the whole row (to read it again as a record when an end is no
    /// entity's or the builder finds its relation needs a diagnostic), and where it is.
    struct Row: Sendable {
        var from: TextRange
        var to: TextRange
        /// The places of the ends' ids in the reader's list of ids, −1 for an id not in it.
        var fromPlace: Int32 = -1
        var toPlace: Int32 = -1
        var values: SpreadsheetRelationValues
        var role = TextRange()
        var source = TextRange()
        var quote = TextRange()
        var note = TextRange()
        var whole = TextRange()
        var line = 0
        /// The column of the row's first field (in Unicode scalars, from 1).
        var column: Int32
    }

    /// What is not a row to look at: a diagnostic to report, or a record for the builder's
    /// full checks.
    enum Item: Sendable {
        case diagnostic(Diagnostic)
        case record(RelationRecord)
    }

    var rows: [Row] = []
    /// A copy of the bytes the batch's rows were read from (``setTexts(_:)``).
    private var texts: [UInt8] = []
    /// The other items, each with the number of rows that come before it.
    private(set) var items: [(after: Int, item: Item)] = []
    /// The header's columns (lower case), once read, and the delimiter of the fields: what
    /// reading a row again as a record needs.
    var header: [String] = []
    var delimiter = UInt8(ascii: ",")
    /// How far into the file the reader was when the batch was handed on.
    var offset = 0
    /// Whether the reader has nothing more after this batch.
    var isLast = false

    /// The rows and items held.
    var count: Int { rows.count + items.count }

    init() {}

    /// A batch with room for `rows` rows, and for `bytes` bytes of them.
    init(reserving rows: Int, bytes: Int = 0) {
        self.rows.reserveCapacity(rows)
        texts.reserveCapacity(bytes)
    }

    mutating func append(_ row: Row) {
        rows.append(row)
    }

    mutating func report(_ diagnostic: Diagnostic) {
        items.append((rows.count, .diagnostic(diagnostic)))
    }

    mutating func append(_ record: RelationRecord) {
        items.append((rows.count, .record(record)))
    }

    /// Gives the batch a copy of the bytes its rows were read from: from the `base` its rows'
    /// ranges count from, to the end of its last row.
    mutating func setTexts(_ bytes: UnsafeBufferPointer<UInt8>) {
        texts.removeAll(keepingCapacity: true)
        texts.append(contentsOf: bytes)
    }

    /// Empties the batch to be filled again, keeping the room it has: batches handed back and
    /// forth between two threads need no new memory once they have held a batch's rows.
    mutating func removeAll() {
        rows.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
        items.removeAll(keepingCapacity: true)
        offset = 0
        isLast = false
    }

    /// Calls `body` with the batch's bytes, which ``TextRange``s are places in.
    func withTexts<Result>(_ body: (Texts) -> Result) -> Result {
        texts.withUnsafeBufferPointer { body(Texts(bytes: $0)) }
    }

    /// A batch's bytes, looked at by ``TextRange``.
    struct Texts {
        let bytes: UnsafeBufferPointer<UInt8>

        @inline(__always)
        subscript(range: TextRange) -> UnsafeBufferPointer<UInt8> {
            guard range.count > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(rebasing: bytes[Int(range.start)..<Int(range.start + range.count)])
        }
    }
}
