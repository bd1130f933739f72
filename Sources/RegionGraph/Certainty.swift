/// Whether a relation is stated by its source or read out of it.
///
/// Most facts are stated: the quote says them. Some are readings ("Regionrådet tar en mer aktiv
/// rolle i Fjellnettverket" read as taking part): those are `inferred`, carry a note on how
/// they are read, and every answer, export and diagram shows them as such.
///
/// ```yaml
/// - from: regionradet-fjellregionen
///   type: participates_in
///   to: fjellnettverket
///   certainty: inferred
///   note: read from "ta en mer aktiv rolle i Fjellnettverket"
/// ```
public enum Certainty: String, CaseIterable, Sendable, Codable, Comparable {
    /// The source says it.
    case stated
    /// A reading of the source, explained in the relation's note.
    case inferred

    /// Reads a certainty as written in data: `stated` or `inferred` in any case, or the
    /// Norwegian `uttalt` and `antatt`.
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "stated", "uttalt": self = .stated
        case "inferred", "antatt": self = .inferred
        default: return nil
        }
    }

    public static func < (lhs: Certainty, rhs: Certainty) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
