extension Network {
    /// The relations between `first` and `second`, in either direction, by id; else the
    /// shortest chain of relations that connects them; `nil` when nothing connects them (or
    /// either is not in the network).
    ///
    /// ```swift
    /// network.connection(between: "roros", and: "holtalen")?.relations.count
    /// ```
    ///
    /// - Complexity: O(*k*) for *k* relations of the two entities when they are directly
    ///   related, else that of ``path(from:to:)``.
    public func connection(between first: EntityID, and second: EntityID) -> Connection? {
        guard entityIndex[first] != nil, entityIndex[second] != nil, first != second else { return nil }
        let direct = (relations(from: first).filter { $0.to == second }
            + relations(from: second).filter { $0.to == first })
            .sorted { $0.id < $1.id }
        if !direct.isEmpty { return .direct(direct) }
        return path(from: first, to: second).map(Connection.chain)
    }

    /// The relation as a sentence in Norwegian bokmål, with its role and its dates:
    /// "Røros kommune er representert i Verdensarvrådet (ordfører), fra 2017 til 2022"; an
    /// inferred relation ends with "(antatt: NOTE)".
    ///
    /// ```swift
    /// network.sentence(for: relation)
    /// // "Holtålen kommune er medlem av Interkommunalt politisk råd Trøndelag Sør (medlemskommune)"
    /// ```
    public func sentence(for relation: Relation) -> String {
        var text = name(of: relation.from) + " " + relation.type.phrase(in: .bokmal) + " " + name(of: relation.to)
        if let role = relation.role, !role.isBlank { text += " (\(role))" }
        if let period = Self.norwegianPeriod(relation.validity) { text += ", " + period }
        if let asOf = relation.asOf { text += ", per \(asOf)" }
        if relation.certainty == .inferred { text += " (antatt: \(relation.note ?? "en tolkning av kilden"))" }
        return text
    }

    /// The entity's own record as a sentence in Norwegian bokmål: "Røros kommune er registrert
    /// som kommune", with its dates when known.
    ///
    /// ```swift
    /// network.sentence(for: roros)   // "Røros kommune er registrert som kommune"
    /// ```
    public func sentence(for entity: Entity) -> String {
        var text = "\(entity.name) er registrert som \(entity.kind.label(in: .bokmal))"
        if let period = Self.norwegianPeriod(entity.validity) { text += ", " + period }
        return text
    }

    /// `fra 2017 til 2022`, `fra 2017`, `til 2022`, or `nil` when neither end is known.
    static func norwegianPeriod(_ validity: Validity) -> String? {
        switch (validity.start, validity.end) {
        case (let start?, let end?): "fra \(start) til \(end)"
        case (let start?, nil): "fra \(start)"
        case (nil, let end?): "til \(end)"
        case (nil, nil): nil
        }
    }

    /// Every fact behind `relations` and `entities`: each once, entities first, each with its
    /// sentence, where it is recorded (``location(of:)-(RelationID)``) and its citations, the
    /// quotes' lines looked up in `texts` (document texts by document id).
    ///
    /// ```swift
    /// let texts = [DocumentID("roros-samfunnsutvikling"): DocumentText(pageText)]
    /// let explanation = network.explanation(of: network.members(of: "ipr-ts").map(\.relation), texts: texts)
    /// ```
    ///
    /// - Complexity: O(*f* + *q* × *t*) for *f* facts and *q* quotes in documents of length *t*.
    public func explanation(
        of relations: [Relation], entities: [Entity] = [], texts: [DocumentID: DocumentText] = [:]
    ) -> Explanation {
        var facts: [Explanation.Fact] = []
        var seenEntities = Set<EntityID>()
        for entity in entities where seenEntities.insert(entity.id).inserted {
            facts.append(Explanation.Fact(
                subject: .entity(entity), sentence: sentence(for: entity), location: location(of: entity.id),
                sources: sources(of: entity.citations, texts: texts)))
        }
        var seenRelations = Set<RelationID>()
        for relation in relations where seenRelations.insert(relation.id).inserted {
            facts.append(Explanation.Fact(
                subject: .relation(relation), sentence: sentence(for: relation),
                location: location(of: relation.id), sources: sources(of: relation.citations, texts: texts)))
        }
        return Explanation(facts: facts)
    }

    private func sources(of citations: [Citation], texts: [DocumentID: DocumentText]) -> [Explanation.Source] {
        var seen = Set<Citation>()
        return citations.filter { seen.insert($0).inserted }.map { citation in
            let lines = citation.document.flatMap { texts[$0] }.flatMap { text in
                citation.quote.flatMap(text.lines(of:))
            }
            return Explanation.Source(
                citation: citation, document: citation.document.flatMap(document), lines: lines)
        }
    }

    private func name(of id: EntityID) -> String {
        entity(id)?.name ?? id.rawValue
    }
}
