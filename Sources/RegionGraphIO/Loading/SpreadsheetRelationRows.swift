import RegionGraph

/// A row of a spreadsheet's `relations.csv` as the UTF-8 bytes of its fields besides its ends
/// (``EntityKeyLookup`` finds those); a column the file does not have is an empty buffer. The
/// bytes belong to the file being read.
struct SpreadsheetRelationRow {
    var type = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var role = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var start = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var end = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var source = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var quote = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var asOf = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var note = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
}

/// Reads the plain rows of a spreadsheet's `relations.csv` into values for
/// `NetworkBuilder.addIfPlain(from:type:to:start:end:asOf:role:note:source:quote:at:)`, straight
/// from their bytes: the type matched on its bytes, dates parsed from bytes, and the texts handed
/// over as bytes (a note as a string, shared among the rows that spell it the same). The ends
/// are found before (``EntityKeyLookup``).
///
/// A row is plain when its type is written as a raw value (`member_of`), its dates parse and it
/// has a source. Other rows (`false`) are for the builder's full checks, as records.
///
/// ```swift
/// var rows = SpreadsheetRelationRows()
/// if !rows.addIfPlain(row, from: roros, to: ipr, at: location, to: &builder) { builder.add(record) }
/// ```
struct SpreadsheetRelationRows {
    private let types = RelationTypeNames()
    /// One shared string per note text.
    private var notes = ByteInternTable<String>()

    /// Adds the relation a row states between `from` and `to` to `builder` when the row is
    /// plain and the relation needs no diagnostic; `false` when the row needs the full checks.
    ///
    /// - Complexity: O(*k*) for a row of *k* bytes, on average.
    @inline(__always)
    mutating func addIfPlain(
        _ row: SpreadsheetRelationRow, from: NetworkBuilder.EntityPosition, to: NetworkBuilder.EntityPosition,
        at location: NetworkBuilder.Location, to builder: inout NetworkBuilder
    ) -> Bool {
        guard let type = types.matching(row.type),
            let start = Self.date(row.start), let end = Self.date(row.end), let asOf = Self.date(row.asOf),
            !row.source.isEmpty
        else { return false }
        return unsafe builder.addIfPlain(
            from: from, type: type, to: to, start: start, end: end, asOf: asOf,
            role: row.role.span,
            note: row.note.isEmpty ? nil : notes.value(for: row.note) { String(decoding: $0, as: UTF8.self) },
            source: row.source.span, quote: row.quote.span,
            at: location)
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
