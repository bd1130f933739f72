/// An answer row of ``Network/search(_:limit:)``: an entity, the name that matched and how well.
public struct SearchHit: Hashable, Sendable {
    public var entity: Entity
    /// The name (official, short, alias or id) that matched best.
    public var matchedName: String
    /// How the name matched, best first.
    public var match: Match

    public enum Match: Int, Hashable, Sendable, Comparable, CustomStringConvertible {
        case exact
        case prefix
        case wordPrefix
        case substring
        case similar

        public static func < (lhs: Match, rhs: Match) -> Bool { lhs.rawValue < rhs.rawValue }

        public var description: String {
            switch self {
            case .exact: "exact"
            case .prefix: "prefix"
            case .wordPrefix: "word"
            case .substring: "contains"
            case .similar: "similar"
            }
        }
    }

    public init(entity: Entity, matchedName: String, match: Match) {
        self.entity = entity
        self.matchedName = matchedName
        self.match = match
    }
}

extension Network {
    /// Entities whose id, name, short name, alias or description matches `text`, best match
    /// first: exact, then prefix, word prefix, substring and, for names of at least four
    /// letters, similar spelling. Case and diacritics are ignored and `oe`, `aa`, `ae` may be
    /// typed for `ø`, `å`, `æ` (`roros` and `Roeros` find `Røros`); a match as spelled ranks
    /// before one that needs that reading.
    ///
    /// ```swift
    /// network.search("flyway").first?.entity.name   // "Green Flyway"
    /// ```
    ///
    /// - Complexity: O(*n* × *l*) for *n* entities with names and descriptions of length *l*:
    ///   each text is folded once and scanned in linear time.
    public func search(_ text: String, limit: Int? = nil) -> [SearchHit] {
        let key = TextFolding.matchKey(text)
        guard !key.isEmpty else { return [] }
        let loose = TextFolding.looseKey(ofMatchKey: key)
        // A hit, and whether it matched only with "oe", "aa" read as "ø", "å".
        var hits: [(hit: SearchHit, isLoose: Bool)] = []
        for entity in entities {
            var best: (match: SearchHit.Match, isLoose: Bool, name: String)?
            func consider(_ match: SearchHit.Match?, isLoose: Bool, name: String) {
                guard let match else { return }
                if best == nil || match < best!.match || (match == best!.match && best!.isLoose && !isLoose) {
                    best = (match, isLoose, name)
                }
            }
            for name in entity.allNames + [entity.id.rawValue] {
                let nameKey = TextFolding.matchKey(name)
                consider(Self.match(key, against: nameKey), isLoose: false, name: name)
                consider(
                    Self.match(loose, against: TextFolding.looseKey(ofMatchKey: nameKey)), isLoose: true,
                    name: name)
            }
            if best == nil, let description = entity.description {
                let descriptionKey = TextFolding.matchKey(description)
                if TextFolding.contains(descriptionKey, key) {
                    best = (.substring, false, entity.name)
                } else if TextFolding.contains(TextFolding.looseKey(ofMatchKey: descriptionKey), loose) {
                    best = (.substring, true, entity.name)
                }
            }
            if let best {
                hits.append((SearchHit(entity: entity, matchedName: best.name, match: best.match), best.isLoose))
            }
        }
        hits.sort {
            if $0.hit.match != $1.hit.match { return $0.hit.match < $1.hit.match }
            if $0.isLoose != $1.isLoose { return !$0.isLoose }
            return Entity.byName($0.hit.entity, $1.hit.entity)
        }
        let sorted = hits.map(\.hit)
        if let limit { return Array(sorted.prefix(limit)) }
        return sorted
    }

    static func match(_ key: String, against name: String) -> SearchHit.Match? {
        if name == key { return .exact }
        if name.hasPrefix(key) { return .prefix }
        if name.split(separator: " ").contains(where: { $0.hasPrefix(key) }) { return .wordPrefix }
        if TextFolding.contains(name, key) { return .substring }
        let length = key.unicodeScalars.count
        if length >= 4 {
            let threshold = max(1, length / 4)
            // The distance is at least the difference in length: skip what cannot be close, so a
            // pasted paragraph does not cost a quadratic comparison with every name.
            func close(_ other: String) -> Bool {
                abs(other.unicodeScalars.count - length) <= threshold
                    && TextFolding.editDistance(key, other) <= threshold
            }
            if close(name) { return .similar }
            for word in name.split(separator: " ") where close(String(word)) {
                return .similar
            }
        }
        return nil
    }
}
