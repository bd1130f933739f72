import Foundation

/// The type of a directed ``Relation``.
///
/// The raw value is the spelling used in data files (`member_of`). Each type reads as a sentence
/// from its source to its target: *Holtålen* `member_of` *Interkommunalt politisk råd Trøndelag Sør*.
public enum RelationType: String, CaseIterable, Sendable, Codable, Comparable {
    case memberOf = "member_of"
    case partOf = "part_of"
    case owns
    case participatesIn = "participates_in"
    case partnerOf = "partner_of"
    case secretariatFor = "secretariat_for"
    case leads
    case boardMemberOf = "board_member_of"
    case responsibleFor = "responsible_for"
    case representedIn = "represented_in"
    case locatedIn = "located_in"
    case funds
    case hosts
    case adopted
    case advises
    case initiated
    case holdsPositionIn = "holds_position_in"
    /// A plan's action (or goal, project, programme) is about a body, project, place or
    /// topic: "which actions concern Jernbaneforum?".
    case concerns
    /// A municipality or county municipality that ended was merged into (or renamed as) its
    /// successor, which starts the day after it ends: Rissa kommune `succeeded_by` Indre Fosen
    /// kommune (2018-01-01).
    case succeededBy = "succeeded_by"

    /// Reads a relation type as written in data: the raw value in any case, with `-`, `_` or a
    /// space between words.
    public init?(parsing text: String) {
        if let exact = RelationType(rawValue: text) {
            self = exact
            return
        }
        let key = String(String.UnicodeScalarView(
            text.lowercased().unicodeScalars.map { $0 == "-" || $0 == " " ? "_" : $0 }))
        self.init(rawValue: key)
    }

    /// The relation read forwards, for sentences: "is member of".
    public var phrase: String {
        switch self {
        case .memberOf: "is member of"
        case .partOf: "is part of"
        case .owns: "owns"
        case .participatesIn: "participates in"
        case .partnerOf: "is partner of"
        case .secretariatFor: "is secretariat for"
        case .leads: "leads"
        case .boardMemberOf: "sits on the board of"
        case .responsibleFor: "is responsible for"
        case .representedIn: "is represented in"
        case .locatedIn: "is located in"
        case .funds: "funds"
        case .hosts: "hosts"
        case .adopted: "adopted"
        case .advises: "advises"
        case .initiated: "initiated"
        case .holdsPositionIn: "holds a position in"
        case .concerns: "concerns"
        case .succeededBy: "was succeeded by"
        }
    }

    /// The relation read backwards, for sentences: "has member".
    public var inversePhrase: String {
        switch self {
        case .memberOf: "has member"
        case .partOf: "has part"
        case .owns: "is owned by"
        case .participatesIn: "has participant"
        case .partnerOf: "has partner"
        case .secretariatFor: "has secretariat"
        case .leads: "is led by"
        case .boardMemberOf: "has board member"
        case .responsibleFor: "is the responsibility of"
        case .representedIn: "has representative from"
        case .locatedIn: "is the location of"
        case .funds: "is funded by"
        case .hosts: "is hosted by"
        case .adopted: "was adopted by"
        case .advises: "is advised by"
        case .initiated: "was initiated by"
        case .holdsPositionIn: "has position holder"
        case .concerns: "is concerned by"
        case .succeededBy: "succeeded"
        }
    }

    /// Relations that make the source belong to the target: the answer to "who are its members?".
    public static let membership: Set<RelationType> = [
        .memberOf, .partOf, .owns, .representedIn, .boardMemberOf,
    ]

    /// Relations through which the source takes part in the target: owners, partners,
    /// participants, secretariat, leader, host, funders, members and the responsible.
    public static let participation: Set<RelationType> = [
        .owns, .participatesIn, .partnerOf, .secretariatFor, .leads, .memberOf, .boardMemberOf,
        .representedIn, .responsibleFor, .funds, .hosts, .initiated,
    ]

    /// Relations through which the source belongs to or takes part in the target, as
    /// ``Network/shared(by:)`` compares them.
    public static let affiliation: Set<RelationType> = [
        .memberOf, .partOf, .owns, .participatesIn, .partnerOf, .representedIn, .boardMemberOf,
    ]

    /// The order types are listed in: the declaration order.
    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// The type's position in ``allCases`` (its declaration order), without searching it: rows
    /// are checked by the hundred thousand.
    ///
    /// - Complexity: O(1).
    var ordinal: Int {
        switch self {
        case .memberOf: 0
        case .partOf: 1
        case .owns: 2
        case .participatesIn: 3
        case .partnerOf: 4
        case .secretariatFor: 5
        case .leads: 6
        case .boardMemberOf: 7
        case .responsibleFor: 8
        case .representedIn: 9
        case .locatedIn: 10
        case .funds: 11
        case .hosts: 12
        case .adopted: 13
        case .advises: 14
        case .initiated: 15
        case .holdsPositionIn: 16
        case .concerns: 17
        case .succeededBy: 18
        }
    }
}
