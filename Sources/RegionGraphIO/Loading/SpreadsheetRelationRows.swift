import RegionGraph

/// A row of a spreadsheet's `relations.csv` as the UTF-8 bytes of its fields; a column the file
/// does not have is an empty buffer. The bytes belong to the file being read.
struct SpreadsheetRelationRow {
    var from = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var to = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var type = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var role = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var start = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var end = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var source = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var quote = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var asOf = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var note = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
}

/// Reads the plain rows of a spreadsheet's `relations.csv` into a ``RelationRowBatch``,
/// straight from their bytes: ids looked up as bytes (the last row's first), the type matched
/// on its bytes, dates parsed from bytes, and the relation checked as
/// `NetworkBuilder.addIfPlain(_:at:)` would check it.
///
/// A row is plain when both ids name valid entities, its type is written as a raw value
/// (`member_of`), its dates parse, it has a source and the builder's check accepts it. Other
/// rows (`false`) are for the builder's full checks, as records.
///
/// ```swift
/// var rows = SpreadsheetRelationRows(entities: builder.entityPositions, check: builder.plainRelationCheck)
/// if !rows.addIfPlain(row, at: location, readFrom: base, to: &batch) { batch.append(record) }
/// ```
struct SpreadsheetRelationRows {
    /// The valid entities' ids as UTF-8 keys.
    private let entities: ByteKeyTable<NetworkBuilder.EntityPosition>
    private let check: NetworkBuilder.PlainRelationCheck
    private let types = RelationTypeNames()
    /// The ids the last row named, and their positions: rows are often grouped by one end.
    /// Their bytes are the reader's; ``forgetLastKeys()`` before they change.
    private var lastFrom = LastKey()
    private var lastTo = LastKey()

    /// - Complexity: O(*b*) for ids of *b* bytes in all.
    init(entities: [(id: EntityID, position: NetworkBuilder.EntityPosition)], check: NetworkBuilder.PlainRelationCheck) {
        self.entities = ByteKeyTable(entities.map { (key: $0.id.rawValue, value: $0.position) })
        self.check = check
    }

    /// Adds the relation a row states to `batch` when the row is plain and the relation needs
    /// no diagnostic; `false` when the row needs the full checks. Its texts are kept as ranges
    /// of the bytes read from `base` on, which the batch gets a copy of when it is handed on.
    ///
    /// - Complexity: O(*k*) for a row of *k* bytes, on average.
    @inline(__always)
    mutating func addIfPlain(
        _ row: SpreadsheetRelationRow, at location: NetworkBuilder.Location, readFrom base: UnsafePointer<UInt8>,
        to batch: inout RelationRowBatch
    ) -> Bool {
        guard let from = Self.position(of: row.from, in: entities, cache: &lastFrom),
            let to = Self.position(of: row.to, in: entities, cache: &lastTo),
            let type = types.matching(row.type),
            let start = Self.date(row.start), let end = Self.date(row.end), let asOf = Self.date(row.asOf),
            !row.source.isEmpty,
            check.accepts(from: from, type: type, to: to, start: start, end: end, source: row.source)
        else { return false }
        var plain = RelationRowBatch.PlainRow(
            from: from, type: type, to: to, start: start, end: end, asOf: asOf, location: location)
        plain.role = RelationRowBatch.TextRange(row.role, from: base)
        plain.note = RelationRowBatch.TextRange(row.note, from: base)
        plain.source = RelationRowBatch.TextRange(row.source, from: base)
        plain.quote = RelationRowBatch.TextRange(row.quote, from: base)
        batch.append(plain)
        return true
    }

    /// The date of a field: `.some(nil)` for an empty field, `nil` for one that is not a date.
    @inline(__always)
    private static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> PartialDate?? {
        if bytes.isEmpty { return .some(nil) }
        do {
            return .some(try PartialDate(utf8: bytes))
        } catch {
            return nil
        }
    }

    /// The position of the entity whose id is `key`; the id of the last row is looked at
    /// first.
    @inline(__always)
    private static func position(
        of key: UnsafeBufferPointer<UInt8>, in entities: ByteKeyTable<NetworkBuilder.EntityPosition>,
        cache: inout LastKey
    ) -> NetworkBuilder.EntityPosition? {
        if let position = cache.position, cache.bytes.count == key.count, let last = cache.bytes.baseAddress,
            ByteKeys.equal(last, key)
        {
            return position
        }
        let position = entities.find(key)
        cache = LastKey(bytes: key, position: position)
        return position
    }

    /// Forgets the ids of the last row: the bytes they were read from are about to change.
    mutating func forgetLastKeys() {
        lastFrom = LastKey()
        lastTo = LastKey()
    }
}

/// An id read from the last row (the bytes it was read from), and the position it names
/// (`nil` for none).
private struct LastKey {
    var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var position: NetworkBuilder.EntityPosition?
}

/// The relation types by the UTF-8 bytes of their raw values, matched without making a
/// `String`.
struct RelationTypeNames {
    private struct Name {
        let type: RelationType
        /// The raw value's UTF-8 bytes, padded with zeros, and their number.
        let words: (UInt64, UInt64, UInt64)
        let length: Int
    }

    private let names: [Name] = RelationType.allCases.map { type in
        Name(type: type, words: packed(Array(type.rawValue.utf8)), length: type.rawValue.utf8.count)
    }

    /// The type whose raw value is exactly `bytes` (no other spelling).
    ///
    /// - Complexity: O(*t*) for *t* relation types.
    @inline(__always)
    func matching(_ bytes: UnsafeBufferPointer<UInt8>) -> RelationType? {
        let length = bytes.count
        guard length <= 24 else { return nil }
        let words = packed(bytes)
        return names.withUnsafeBufferPointer { names in
            for name in names where name.length == length && name.words == words { return name.type }
            return nil
        }
    }
}

/// Up to 24 bytes as three little-endian words, padded with zeros.
@inline(__always)
private func packed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (UInt64, UInt64, UInt64) {
    var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    for (index, byte) in bytes.enumerated() where index < 24 {
        let value = UInt64(byte) << (UInt64(index % 8) * 8)
        switch index / 8 {
        case 0: words.0 |= value
        case 1: words.1 |= value
        default: words.2 |= value
        }
    }
    return words
}
