import RegionGraph

/// Rows of a `relations.csv`, read and checked by a ``RelationRowReader``, on their way to a
/// builder: the plain ones as values (their texts' bytes kept in the batch), the others as
/// records, with the diagnostics found reading them, all in the file's order.
///
/// A batch owns everything it holds, so it can be read on one thread and added on another.
///
/// ```swift
/// var shared = ByteInternTable<String>()
/// batch.add(to: &builder, sharing: &shared)
/// ```
struct RelationRowBatch: Sendable {
    /// Where a text is in ``texts``; an empty range for an empty field.
    struct TextRange: Sendable {
        var start: Int32 = 0
        var count: Int32 = 0

        init() {}

        /// Where `bytes` are among bytes read from `start` on.
        @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>, from start: UnsafePointer<UInt8>) {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            self.start = Int32(truncatingIfNeeded: base - start)
            count = Int32(truncatingIfNeeded: bytes.count)
        }
    }

    /// A row that ``NetworkBuilder/PlainRelationCheck`` accepted: what
    /// ``NetworkBuilder/PlainRelation`` holds, with its texts as ranges.
    struct PlainRow: Sendable {
        var from: NetworkBuilder.EntityPosition
        var type: RelationType
        var to: NetworkBuilder.EntityPosition
        var start: PartialDate?
        var end: PartialDate?
        var asOf: PartialDate?
        var location: NetworkBuilder.Location
        var role = TextRange()
        var note = TextRange()
        var source = TextRange()
        var quote = TextRange()
    }

    /// What is not a plain row: a diagnostic to report, or a record for the builder's full
    /// checks.
    enum Item: Sendable {
        case diagnostic(Diagnostic)
        case record(RelationRecord)
    }

    private(set) var plainRows: [PlainRow] = []
    /// A copy of the bytes the batch's rows were read from (``setTexts(_:)``): the plain rows'
    /// texts are ranges of it.
    private var texts: [UInt8] = []
    /// The other items, each with the number of plain rows that come before it.
    private var items: [(after: Int, item: Item)] = []
    /// How far into the file the reader was when the batch was handed on.
    var offset = 0
    /// Whether the reader has nothing more after this batch.
    var isLast = false

    /// The rows and items held.
    var count: Int { plainRows.count + items.count }

    /// Gives the batch a copy of the bytes its rows were read from: from the `start` its
    /// rows' ranges count from (``TextRange/init(_:from:)``), to the end of its last row.
    mutating func setTexts(_ bytes: UnsafeBufferPointer<UInt8>) {
        texts = Array(bytes)
    }

    mutating func append(_ row: PlainRow) {
        plainRows.append(row)
    }

    mutating func report(_ diagnostic: Diagnostic) {
        items.append((plainRows.count, .diagnostic(diagnostic)))
    }

    mutating func append(_ record: RelationRecord) {
        items.append((plainRows.count, .record(record)))
    }

    /// Hands everything to `builder` in the file's order: plain rows through
    /// ``NetworkBuilder/appendPlain(_:at:)``, records through ``NetworkBuilder/add(_:)``,
    /// diagnostics through ``NetworkBuilder/report(_:)``. Roles and notes spelled the same
    /// share one string of `shared`.
    ///
    /// - Complexity: O(*n*) for *n* rows and items, plus the records' checks.
    func add(to builder: inout NetworkBuilder, sharing shared: inout ByteInternTable<String>) {
        var next = 0
        texts.withUnsafeBufferPointer { texts in
            @inline(__always)
            func bytes(_ range: TextRange) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: texts[Int(range.start)..<Int(range.start + range.count)])
            }
            for (index, row) in plainRows.enumerated() {
                while next < items.count, items[next].after == index {
                    Self.add(items[next].item, to: &builder)
                    next += 1
                }
                let relation = NetworkBuilder.PlainRelation(
                    from: row.from, type: row.type, to: row.to,
                    role: row.role.count == 0 ? nil : shared.value(for: bytes(row.role)) { String(decoding: $0, as: UTF8.self) },
                    start: row.start, end: row.end, asOf: row.asOf,
                    note: row.note.count == 0 ? nil : shared.value(for: bytes(row.note)) { String(decoding: $0, as: UTF8.self) },
                    source: String(decoding: bytes(row.source), as: UTF8.self),
                    quote: row.quote.count == 0 ? nil : String(decoding: bytes(row.quote), as: UTF8.self))
                builder.appendPlain(relation, at: row.location)
            }
        }
        while next < items.count {
            Self.add(items[next].item, to: &builder)
            next += 1
        }
    }

    private static func add(_ item: Item, to builder: inout NetworkBuilder) {
        switch item {
        case .diagnostic(let diagnostic): builder.report(diagnostic)
        case .record(let record): builder.add(record)
        }
    }
}
