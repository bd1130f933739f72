extension Network {
    /// The entity a user means by `name`: its id, official name, short name or an alias, in
    /// any case and with or without diacritics (`roros`, `Røros`, `Rossen tjïelte` and
    /// `Røros kommune` all name Røros kommune).
    ///
    /// When no name matches exactly, a name that is the start of exactly one entity's name is
    /// accepted (`Jernbaneforum Røros` names Jernbaneforum Røros- og Solørbanen).
    ///
    /// ```swift
    /// try network.entity(named: "holtalen").name   // "Holtålen kommune"
    /// try network.entity(named: "Hol")             // throws .unknown with suggestions
    /// ```
    ///
    /// - Throws: ``NameResolutionError/ambiguous(_:candidates:)`` listing the candidates, or
    ///   ``NameResolutionError/unknown(_:suggestions:)`` with close matches.
    /// - Complexity: O(1) for an exact name; O(*n*) otherwise.
    public func entity(named name: String) throws(NameResolutionError) -> Entity {
        if let entity = entity(EntityID(name)) { return entity }
        let key = TextFolding.matchKey(name)
        if let positions = nameIndex[key] {
            let candidates = Set(positions).map { entities[$0] }
            if candidates.count == 1 { return candidates[0] }
            // Prefer an entity whose official or short name matches over one whose alias does.
            let primary = candidates.filter {
                [$0.name, $0.shortName].compactMap { $0 }.map(TextFolding.matchKey).contains(key)
            }
            if primary.count == 1 { return primary[0] }
            throw .ambiguous(name, candidates: candidates.sorted(by: Entity.byName))
        }
        let prefixed = key.isEmpty ? [] : entities.filter { entity in
            entity.allNames.contains { TextFolding.matchKey($0).hasPrefix(key + " ") || TextFolding.matchKey($0).hasPrefix(key) && key.unicodeScalars.count >= 4 }
        }
        if prefixed.count == 1 { return prefixed[0] }
        if prefixed.count > 1 {
            throw .ambiguous(name, candidates: prefixed.sorted(by: Entity.byName))
        }
        let suggestions = search(name, limit: 5).map(\.entity)
        throw .unknown(name, suggestions: suggestions)
    }
}
