extension Network {
    /// The entity a user means by `name`: its id, official name, short name or an alias, in
    /// any case, with or without diacritics, and with `oe`, `aa`, `ae` typed for `ø`, `å`, `æ`
    /// (`roros`, `Roeros`, `Røros`, `Rossen tjïelte` and `Røros kommune` all name Røros kommune).
    ///
    /// See ``resolution(of:)`` for how candidates are ranked; this is its ``NameResolution/entity``.
    ///
    /// ```swift
    /// try network.entity(named: "holtaalen").name   // "Holtålen kommune"
    /// try network.entity(named: "Hol")              // throws .unknown with suggestions
    /// ```
    ///
    /// - Throws: ``NameResolutionError/ambiguous(_:candidates:)`` listing the candidates, or
    ///   ``NameResolutionError/unknown(_:suggestions:)`` with close matches.
    /// - Complexity: O(1) for a name; O(*n*) otherwise.
    public func entity(named name: String) throws(NameResolutionError) -> Entity {
        try resolution(of: name).entity
    }

    /// The entity a user means by `name`, and the others that matched almost as well.
    ///
    /// Candidates rank by what matched: the official name, then a short name or an alias (in
    /// that order), the id, the start of a name (`Jernbaneforum Røros` names Jernbaneforum
    /// Røros- og Solørbanen), and last the whole words of a name. Within one of these, a match
    /// as spelled beats one that needs `oe`/`aa` read as `ø`/`å`, and a plan, plan goal or plan
    /// action whose name contains the name of another candidate (a plan action named after a
    /// project) yields to it. The best candidate is chosen when it ranks first alone; the others
    /// that matched the same way are its ``NameResolution/alternatives``.
    ///
    /// ```swift
    /// let resolution = try network.resolution(of: "Scandinavian BID")
    /// resolution.entity.kind      // .project, not the plan action named after it
    /// resolution.note             // "'Scandinavian BID' taken as Scandinavian BID Modell (project); …"
    /// ```
    ///
    /// - Throws: ``NameResolutionError/ambiguous(_:candidates:)`` listing the candidates that
    ///   tie, or ``NameResolutionError/unknown(_:suggestions:)`` with close matches.
    /// - Complexity: O(1) for an id or a name; O(*n*) otherwise.
    public func resolution(of name: String) throws(NameResolutionError) -> NameResolution {
        if let entity = entity(EntityID(name)) { return NameResolution(input: name, entity: entity) }
        let key = TextFolding.matchKey(name)
        let loose = TextFolding.looseKey(ofMatchKey: key)
        var ranked: [(rank: NameResolution.Rank, entity: Entity)] = []
        if let positions = nameIndex[loose], !key.isEmpty {
            for position in Set(positions) {
                let entity = entities[position]
                if let rank = Self.rank(of: entity, key: key, loose: loose, partial: false) {
                    ranked.append((rank, entity))
                }
            }
        }
        if ranked.isEmpty && !key.isEmpty {
            for entity in entities {
                if let rank = Self.rank(of: entity, key: key, loose: loose, partial: true) {
                    ranked.append((rank, entity))
                }
            }
        }
        ranked.sort { $0.rank != $1.rank ? $0.rank < $1.rank : Entity.byName($0.entity, $1.entity) }
        guard let best = ranked.first else {
            throw .unknown(name, suggestions: search(name, limit: 5).map(\.entity))
        }
        let tied = ranked.filter { $0.rank == best.rank }.map(\.entity)
        let leading = tied.filter { entity in !tied.contains { NameResolution.yields(entity, to: $0) } }
        guard leading.count == 1, let chosen = leading.first else {
            throw .ambiguous(name, candidates: tied.sorted(by: Entity.byName))
        }
        let alternatives = ranked.filter { $0.rank.match == best.rank.match && $0.entity.id != chosen.id }
        return NameResolution(input: name, entity: chosen, alternatives: alternatives.map(\.entity))
    }

    /// How well `entity` matches a name whose match key is `key` and loose key `loose`: by a
    /// whole name or id, or, when `partial`, by the start or the words of a name; `nil` when it
    /// does not match so.
    static func rank(
        of entity: Entity, key: String, loose: String, partial: Bool
    ) -> NameResolution.Rank? {
        var best: NameResolution.Rank?
        func consider(_ match: NameResolution.Rank.Match, _ text: String) {
            let nameKey = TextFolding.matchKey(text)
            let candidates = [(key, nameKey, false), (loose, TextFolding.looseKey(ofMatchKey: nameKey), true)]
            for (typed, known, isLoose) in candidates {
                let matched: NameResolution.Rank.Match?
                if !partial {
                    matched = typed == known ? match : nil
                } else if known.hasPrefix(typed + " ")
                    || (known.hasPrefix(typed) && typed.unicodeScalars.count >= 4)
                {
                    matched = .prefix
                } else if TextFolding.contains(" \(known) ", " \(typed) ") {
                    matched = .words
                } else {
                    matched = nil
                }
                guard let matched else { continue }
                let rank = NameResolution.Rank(match: matched, isLoose: isLoose)
                if best == nil || rank < best! { best = rank }
            }
        }
        consider(.name, entity.name)
        if let shortName = entity.shortName { consider(.shortName, shortName) }
        for alias in entity.aliases { consider(.alias, alias) }
        if !partial { consider(.id, entity.id.rawValue) }
        return best
    }
}
