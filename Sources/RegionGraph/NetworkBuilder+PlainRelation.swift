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
        let from = relation.from.index
        let to = relation.to.index
        guard from != to, rules.rule(of: relation.type).allows(source: kindOrdinals[from], target: kindOrdinals[to])
        else { return false }
        if let start = relation.start, let end = relation.end, start.firstDay > end.lastDay { return false }
        guard !relation.source.isBlank else { return false }
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
}
