/// A relation type with the kinds it may start and end at, as bit sets of kind ordinals: the
/// check of a relation's ends reads two bits instead of hashing into two sets.
///
/// ```swift
/// let rule = RelationRule.of(.memberOf)
/// rule.allows(source: EntityKind.ordinals[.municipality]!, target: EntityKind.ordinals[.forum]!)  // true
/// ```
struct RelationRule: Sendable {
    let type: RelationType
    /// Bit *k* is set when the kind with ordinal *k* may be the source.
    let sources: UInt32
    /// Bit *k* is set when the kind with ordinal *k* may be the target.
    let targets: UInt32

    /// One rule per type, in the order of `RelationType.allCases`.
    static let all: [RelationRule] = RelationType.allCases.map { type in
        RelationRule(
            type: type,
            sources: type.allowedSources.reduce(0) { $0 | 1 << UInt32(EntityKind.ordinals[$1]!) },
            targets: type.allowedTargets.reduce(0) { $0 | 1 << UInt32(EntityKind.ordinals[$1]!) })
    }

    /// The rule of `type`.
    ///
    /// - Complexity: O(1).
    static func of(_ type: RelationType) -> RelationRule {
        all.rule(of: type)
    }

    /// Whether a kind may be the source of this type (given by its ordinal).
    @inline(__always)
    func allowsSource(_ ordinal: UInt8) -> Bool { sources & (1 << UInt32(ordinal)) != 0 }

    /// Whether a kind may be the target of this type (given by its ordinal).
    @inline(__always)
    func allowsTarget(_ ordinal: UInt8) -> Bool { targets & (1 << UInt32(ordinal)) != 0 }

    /// Whether a relation of this type may go between kinds with these ordinals.
    @inline(__always)
    func allows(source: UInt8, target: UInt8) -> Bool { allowsSource(source) && allowsTarget(target) }
}

extension [RelationRule] {
    /// The rule of `type` among these (``RelationRule/all`` or a copy of it: one rule per type,
    /// in the order of `RelationType.allCases`).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func rule(of type: RelationType) -> RelationRule {
        let rule = self[type.ordinal]
        precondition(rule.type == type, "no rule for '\(type.rawValue)' in its place")
        return rule
    }
}

extension EntityKind {
    /// Each kind's position in `allCases`: its bit in ``RelationRule``'s sets.
    static let ordinals: [EntityKind: UInt8] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($1, UInt8($0)) })
}
