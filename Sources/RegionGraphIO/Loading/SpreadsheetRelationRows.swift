import RegionGraph

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

/// A plain row's texts as the UTF-8 bytes of its fields; a column the file does not have is an
/// empty buffer. The bytes belong to the batch being added.
struct SpreadsheetRelationTexts {
    var role = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var source = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var quote = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var note = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
}
