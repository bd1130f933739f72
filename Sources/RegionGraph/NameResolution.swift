/// The entity a name typed by a user was taken to mean, and the others that matched it almost
/// as well: the answer of ``Network/resolution(of:)``.
///
/// ```swift
/// let resolution = try network.resolution(of: "Scandinavian BID")
/// resolution.entity.name      // "Scandinavian BID Modell"
/// resolution.alternatives     // [the plan action "Scandinavian BID Modell gjennomføres"]
/// resolution.note             // "'Scandinavian BID' taken as Scandinavian BID Modell (project); …"
/// ```
public struct NameResolution: Hashable, Sendable {
    /// The name as typed.
    public var input: String
    /// The entity chosen.
    public var entity: Entity
    /// Entities that matched the name as closely (as a name, short name, alias, id, name prefix or
    /// words of a name) but ranked below `entity`, best first; empty when nothing else matched
    /// as closely.
    public var alternatives: [Entity]

    public init(input: String, entity: Entity, alternatives: [Entity] = []) {
        self.input = input
        self.entity = entity
        self.alternatives = alternatives
    }

    /// "municipality", or "municipality, 2020-01-01–" for an entity with dates.
    static func what(_ entity: Entity, in language: Language) -> String {
        entity.kind.label(in: language) + (entity.validity.isUnbounded ? "" : ", \(entity.validity)")
    }

    /// How many alternatives ``note`` names; the rest are counted.
    static let alternativesNamed = 5

    /// One line telling the user which entity was chosen among several, or `nil` when the name
    /// matched no other entity as closely:
    /// `'Scandinavian BID' taken as Scandinavian BID Modell (project); other matches:
    /// hp-2019-2020-scandinavian-bid-modell Scandinavian BID Modell gjennomføres (plan action)`.
    public var note: String? { note(in: .english) }

    /// ``note`` in `language`: `'Roeros' tolket som Røros kommune (kommune); andre treff: …`.
    public func note(in language: Language) -> String? {
        guard !alternatives.isEmpty else { return nil }
        var others = alternatives.prefix(Self.alternativesNamed)
            .map { "\($0.id) \($0.name) (\(Self.what($0, in: language)))" }
        if alternatives.count > Self.alternativesNamed {
            let more = alternatives.count - Self.alternativesNamed
            others.append(language.text(en: "and \(more) more", nb: "og \(more) til"))
        }
        return language.text(
            en: "'\(input)' taken as \(entity.name) (\(Self.what(entity, in: language))); other matches: ",
            nb: "'\(input)' tolket som \(entity.name) (\(Self.what(entity, in: language))); andre treff: ")
            + others.joined(separator: ", ")
    }
}

extension NameResolution {
    /// How closely one entity matches a typed name; a lower rank is a better match.
    struct Rank: Comparable {
        /// What the name matched, best first.
        enum Match: Int {
            case name, shortName, alias, id, prefix, words
        }

        var match: Match
        /// Whether the name matched only with `oe`, `aa` read as `ø`, `å`.
        var isLoose: Bool

        static func < (lhs: Rank, rhs: Rank) -> Bool {
            if lhs.match != rhs.match { return lhs.match.rawValue < rhs.match.rawValue }
            return !lhs.isLoose && rhs.isLoose
        }
    }

    /// Whether `entity` yields to `other` when both match a name as well: an entity that ended
    /// yields to a later one of the same kind that has not (the old Ørland kommune to today's),
    /// and a plan, plan goal or plan action whose name contains, as whole words, a name of
    /// `other`, which is none of those (a plan part named after what it concerns) yields to it.
    static func yields(_ entity: Entity, to other: Entity) -> Bool {
        // An entity that ended yields to the one of the same name that succeeded it: "Ørland
        // kommune" is today's Ørland, made in 2020 of Ørland and Bjugn.
        if let end = entity.validity.end, other.kind == entity.kind, other.validity.end == nil,
            let start = other.validity.start, start.firstDay > end.lastDay {
            return true
        }
        let planParts: Set<EntityKind> = [.plan, .planGoal, .planAction]
        guard planParts.contains(entity.kind), !planParts.contains(other.kind) else { return false }
        let names = entity.allNames.map { " \(TextFolding.matchKey($0)) " }
        return other.allNames.contains { otherName in
            let key = TextFolding.matchKey(otherName)
            return !key.isEmpty && names.contains { TextFolding.contains($0, " \(key) ") }
        }
    }
}
