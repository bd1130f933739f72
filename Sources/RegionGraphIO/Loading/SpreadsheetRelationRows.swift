import RegionGraph

/// What a plain row of a spreadsheet's `relations.csv` holds besides its ends
/// (``EntityKeyLookup`` finds those), read from the bytes of its fields on the thread that
/// reads the rows (``read(type:start:end:asOf:source:)``): its type and its dates. Its texts
/// stay bytes until the row is added (``SpreadsheetRelationRows``).
///
/// A row is plain when its type is written as a raw value (`member_of`), its dates parse and it
/// has a source. Other rows (`nil`) are for the builder's full checks, as records.
///
/// ```swift
/// let values = SpreadsheetRelationValues.read(type: type, start: start, end: end, asOf: asOf, source: source, types: names)
/// ```
struct SpreadsheetRelationValues: Sendable {
    var type: RelationType
    var start: PartialDate?
    var end: PartialDate?
    var asOf: PartialDate?

    /// The values of a row whose fields are these bytes (an empty buffer for an empty field or
    /// a column the file does not have); `nil` when the row is not plain.
    ///
    /// - Complexity: O(*t*) for *t* relation types, besides the fields' bytes.
    @inline(__always)
    static func read(
        type: UnsafeBufferPointer<UInt8>, start: UnsafeBufferPointer<UInt8>, end: UnsafeBufferPointer<UInt8>,
        asOf: UnsafeBufferPointer<UInt8>, source: UnsafeBufferPointer<UInt8>, types: RelationTypeNames
    ) -> SpreadsheetRelationValues? {
        guard !source.isEmpty, let type = types.matching(type),
            let start = date(start), let end = date(end), let asOf = date(asOf)
        else { return nil }
        return SpreadsheetRelationValues(type: type, start: start, end: end, asOf: asOf)
    }

    /// The date of a field: `.some(nil)` for an empty field, `nil` for one that is not a date.
    @inline(__always)
    private static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> PartialDate?? {
        if bytes.isEmpty { return .some(nil) }
        if bytes.count == 4 {
            // A year, the most common date, read at once: what the parser makes of it.
            let digits = (bytes[0] &- 0x30, bytes[1] &- 0x30, bytes[2] &- 0x30, bytes[3] &- 0x30)
            if digits.0 < 10, digits.1 < 10, digits.2 < 10, digits.3 < 10 {
                let year = Int(digits.0) * 1000 + Int(digits.1) * 100 + Int(digits.2) * 10 + Int(digits.3)
                return PartialDate(year: year).map { .some($0) } ?? nil
            }
        }
        do {
            return .some(try PartialDate(utf8: bytes))
        } catch {
            return nil
        }
    }
}

/// A plain row's texts as the UTF-8 bytes of its fields; a column the file does not have is an
/// empty buffer. The bytes belong to the batch being added.
struct SpreadsheetRelationTexts {
    var role = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var source = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var quote = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var note = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
}

/// Adds the plain rows of a spreadsheet's `relations.csv` through
/// `NetworkBuilder.addIfPlain(from:type:to:start:end:asOf:role:note:source:quote:at:)`: their
/// values read before (``SpreadsheetRelationValues``), their texts handed over as bytes (a note
/// as a string, shared among the rows that spell it the same).
///
/// ```swift
/// var rows = SpreadsheetRelationRows()
/// if !rows.addIfPlain(values, texts, from: roros, to: ipr, at: location, to: &builder) { builder.add(record) }
/// ```
struct SpreadsheetRelationRows {
    /// One shared string per note text.
    private var notes = ByteInternTable<String>()

    /// Adds the relation a plain row states between `from` and `to` to `builder` when it needs
    /// no diagnostic; `false` when the row needs the full checks.
    ///
    /// - Complexity: O(*k*) for a row of *k* bytes, on average.
    @inline(__always)
    mutating func addIfPlain(
        _ values: SpreadsheetRelationValues, _ texts: SpreadsheetRelationTexts,
        from: NetworkBuilder.EntityPosition, to: NetworkBuilder.EntityPosition,
        at location: NetworkBuilder.Location, to builder: inout NetworkBuilder
    ) -> Bool {
        unsafe builder.addIfPlain(
            from: from, type: values.type, to: to, start: values.start, end: values.end, asOf: values.asOf,
            role: texts.role.span,
            note: texts.note.isEmpty ? nil : notes.value(for: texts.note) { String(decoding: $0, as: UTF8.self) },
            source: texts.source.span, quote: texts.quote.span,
            at: location)
    }
}

/// The relation types by the UTF-8 bytes of their raw values, matched without making a
/// `String`.
struct RelationTypeNames: Sendable {
    private struct Name {
        let type: RelationType
        /// The raw value's UTF-8 bytes, padded with zeros, and their number.
        let words: (UInt64, UInt64, UInt64)
        let length: Int
    }

    private let names: [Name] = RelationType.allCases.map { type in
        Name(type: type, words: Array(type.rawValue.utf8).withUnsafeBytes(packed), length: type.rawValue.utf8.count)
    }

    /// The type whose raw value is exactly `bytes` (no other spelling).
    ///
    /// - Complexity: O(*t*) for *t* relation types.
    @inline(__always)
    func matching(_ bytes: UnsafeBufferPointer<UInt8>) -> RelationType? {
        let length = bytes.count
        guard length <= 24 else { return nil }
        let words = packed(UnsafeRawBufferPointer(bytes))
        return names.withUnsafeBufferPointer { names in
            for name in names where name.length == length && name.words == words { return name.type }
            return nil
        }
    }
}

/// Up to 24 bytes copied into three words filled out with zeros (no more are read).
@inline(__always)
private func packed(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64, UInt64) {
    var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    if let base = bytes.baseAddress {
        withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: min(bytes.count, 24)) }
    }
    return words
}
