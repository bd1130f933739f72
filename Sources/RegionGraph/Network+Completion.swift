extension Network {
    /// What a shell may offer for an entity argument that starts with `prefix`: the ids, names,
    /// short names and aliases that begin with it as typed; when none does, the ids that begin
    /// with it ignoring case and diacritics and reading oe/aa/ae as ø/å/æ (so `roe` offers
    /// `roros`). Shells replace the word typed with what the offers have in common, so every
    /// offer begins with the word, or all are ids. Sorted, at most `limit`.
    ///
    /// ```swift
    /// network.completions(of: "Holt")   // ["Holtålen", "Holtålen kommune"]
    /// network.completions(of: "holt")   // ["holtalen"]
    /// network.completions(of: "Roer")   // ["roros", "roros-bergstad-og-circumferensen", …]
    /// ```
    ///
    /// - Complexity: O(*n* × *l*) for *n* entities with names of length *l*.
    public func completions(of prefix: String, limit: Int = 500) -> [String] {
        var offered = Set<String>()
        for entity in entities {
            for name in [entity.id.rawValue] + entity.allNames where name.hasPrefix(prefix) && !name.contains("\n") {
                offered.insert(name)
            }
        }
        if offered.isEmpty {
            let key = TextFolding.looseKey(prefix)
            offered = Set(entities.map(\.id.rawValue).filter { TextFolding.looseKey($0).hasPrefix(key) })
        }
        return Array(offered.sorted().prefix(limit))
    }
}
