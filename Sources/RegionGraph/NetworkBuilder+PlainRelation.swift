extension NetworkBuilder {
    /// A relation already read into values, for ``NetworkBuilder/addIfPlain(_:at:)``: its ends
    /// resolved to positions, its type, its dates and one source.
    ///
    /// It stands for the record of a spreadsheet row: the type written as its raw value, empty
    /// fields as `nil`, and a source that may be free text (`requiresKnownDocument` off).
    ///
    /// A plain relation is made to be handed over, by the million: it cannot be copied, and
    /// ``NetworkBuilder/addIfPlain(_:at:)`` consumes it, so that its texts move into the
    /// network's relation without touching their reference counts.
    ///
    /// ```swift
    /// let relation = NetworkBuilder.PlainRelation(
    ///     from: roros, type: .memberOf, to: ipr, start: try PartialDate(parsing: "2017"),
    ///     source: "kst-1")
    /// let kept = builder.addIfPlain(relation, at: location)   // `relation` is consumed
    /// ```
    @frozen
    public struct PlainRelation: ~Copyable, Sendable {
        /// The source, a valid entity of the builder that made the position.
        public var from: EntityPosition
        public var type: RelationType
        /// The target, a valid entity of the builder that made the position.
        public var to: EntityPosition
        /// The role in the source's words; `nil` for none.
        public var role: String?
        /// The first and the last day the relation holds, as far as known.
        public var start: PartialDate?
        public var end: PartialDate?
        /// The date a document states the fact for.
        public var asOf: PartialDate?
        /// A short explanation of how the fact was modelled.
        public var note: String?
        /// The id of one of the dataset's documents, or free citation text (a register number,
        /// a URL).
        public var source: String
        /// A short verbatim excerpt of the source that shows the fact.
        public var quote: String?

        /// A relation with these parts; the dates give its ``Validity``.
        @inlinable
        public init(
            from: EntityPosition, type: RelationType, to: EntityPosition, role: String? = nil,
            start: PartialDate? = nil, end: PartialDate? = nil, asOf: PartialDate? = nil,
            note: String? = nil, source: String, quote: String? = nil
        ) {
            self.from = from
            self.type = type
            self.to = to
            self.role = role
            self.start = start
            self.end = end
            self.asOf = asOf
            self.note = note
            self.source = source
            self.quote = quote
        }
    }

    /// Keeps `relation` when it needs no diagnostic, and says whether it did.
    ///
    /// A relation needs none when its ends differ, their kinds may be the source and the
    /// target of its type, its start is not after its end, and its source is not blank. Then
    /// it is kept as ``add(_:)`` would keep its record: citing the document the source names,
    /// or the source as free text when no document has that id. Otherwise nothing changes and
    /// the result is `false`: give the relation's record to ``add(_:)``, which reports what
    /// is wrong.
    ///
    /// ```swift
    /// if !builder.addIfPlain(relation, at: location) {
    ///     builder.add(record)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - relation: a relation whose positions this builder made.
    ///   - location: where the relation was read, for the warning when it is stated twice.
    /// - Complexity: O(1), besides a blank-looking source's characters.
    public mutating func addIfPlain(_ relation: consuming PlainRelation, at location: Location) -> Bool {
        guard mayBePlain(from: relation.from, type: relation.type, to: relation.to, start: relation.start, end: relation.end),
            !relation.source.isBlank
        else { return false }
        // Move the texts out of `relation` rather than copy them: one reference count less each.
        var source = ""
        swap(&source, &relation.source)
        let quote = relation.quote.take()
        let citation =
            !documentIDs.isEmpty && documentIDs.contains(DocumentID(source))
            ? Citation(document: DocumentID(source), quote: quote)
            : Citation(reference: source, quote: quote)
        ends.append(RelationEnds(from: relation.from.rawValue, to: relation.to.rawValue, type: relation.type))
        locations.append(location)
        relations.appendPlain(
            role: relation.role.take(), note: relation.note.take(), start: relation.start, end: relation.end,
            asOf: relation.asOf, citation: citation)
        return true
    }

    /// ``addIfPlain(_:at:)`` for a relation whose role, source and quote are UTF-8 bytes, as a
    /// reader has them: each is kept once for all the relations that spell it the same, without
    /// making a `String` of it first. An empty text stands for none. The note is a `String`, as
    /// the network keeps it: a reader can share one among the rows that spell it the same.
    ///
    /// ```swift
    /// let kept = builder.addIfPlain(
    ///     from: roros, type: .memberOf, to: ipr, start: nil, end: nil, asOf: nil,
    ///     role: Span(), note: nil, source: "kst-1".utf8.span, quote: Span(), at: location)
    /// ```
    ///
    /// - Complexity: O(*k*) for texts of *k* bytes, on average.
    public mutating func addIfPlain(
        from: EntityPosition, type: RelationType, to: EntityPosition,
        start: PartialDate?, end: PartialDate?, asOf: PartialDate?,
        role: Span<UInt8>, note: String?, source: Span<UInt8>, quote: Span<UInt8>,
        at location: Location
    ) -> Bool {
        guard mayBePlain(from: from, type: type, to: to, start: start, end: end), !Self.isBlank(source)
        else { return false }
        let citesDocument = !documentIDs.isEmpty
            && documentIDs.contains(DocumentID(Self.string(source)))
        ends.append(RelationEnds(from: from.rawValue, to: to.rawValue, type: type))
        locations.append(location)
        relations.appendPlain(
            role: role, note: note, start: start, end: end, asOf: asOf,
            source: source, citesDocument: citesDocument, quote: quote)
        return true
    }

    /// Readies the builder for the texts (sources, say) of relations about to be added, given
    /// by their ``ByteKeys`` hashes: where they would be found is read ahead, many reads at
    /// once, so that adding the relations waits less for memory.
    ///
    /// - Complexity: O(*n*) for *n* hashes.
    package mutating func prefetchTexts(hashes: UnsafeBufferPointer<UInt64>) {
        relations.texts.prefetch(hashes: hashes)
    }

    /// Whether a relation between these ends with these dates needs no diagnostic, its texts
    /// aside: its ends differ, their kinds suit its type, and it does not end before it starts.
    @inline(__always)
    private func mayBePlain(
        from: EntityPosition, type: RelationType, to: EntityPosition, start: PartialDate?, end: PartialDate?
    ) -> Bool {
        let (from, to) = (from.index, to.index)
        guard from != to, rules.rule(of: type).allows(source: kindOrdinals[from], target: kindOrdinals[to])
        else { return false }
        if let start, let end, start.firstDay > end.lastDay { return false }
        return true
    }

    /// Whether UTF-8 `bytes` are empty or white space only, as `String.isBlank` says.
    @inline(__always)
    private static func isBlank(_ bytes: Span<UInt8>) -> Bool {
        // Most texts start with a printable ASCII character.
        if !bytes.isEmpty, bytes[0] > 0x20, bytes[0] < 0x7F { return false }
        return string(bytes).isBlank
    }

    /// The text whose UTF-8 bytes are `bytes` (invalid bytes replaced).
    private static func string(_ bytes: Span<UInt8>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }
}
