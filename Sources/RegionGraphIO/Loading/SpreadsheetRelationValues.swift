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
