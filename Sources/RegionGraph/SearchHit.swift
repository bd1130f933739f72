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
    /// letters, similar spelling. Case and diacritics are ignored (`roros` finds `Røros`).
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
        var hits: [SearchHit] = []
        for entity in entities {
            var best: (SearchHit.Match, String)?
            for name in entity.allNames + [entity.id.rawValue] {
                guard let match = Self.match(key, against: TextFolding.matchKey(name)) else {
                    continue
                }
                if best == nil || match < best!.0 { best = (match, name) }
            }
            if best == nil, let description = entity.description,
                TextFolding.contains(TextFolding.matchKey(description), key)
            {
                best = (.substring, entity.name)
            }
            if let best {
                hits.append(SearchHit(entity: entity, matchedName: best.1, match: best.0))
            }
        }
        hits.sort {
            $0.match != $1.match ? $0.match < $1.match : Entity.byName($0.entity, $1.entity)
        }
        if let limit { return Array(hits.prefix(limit)) }
        return hits
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
