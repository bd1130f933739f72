/// Why a name typed by a user does not name exactly one entity.
public enum NameResolutionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No entity is known by that name; `suggestions` are close matches, best first.
    case unknown(String, suggestions: [Entity])
    /// Several entities are known by that name.
    case ambiguous(String, candidates: [Entity])

    public var description: String { description(in: .english) }

    /// The message in `language`, with the suggestions or candidates one per line.
    ///
    /// ```swift
    /// NameResolutionError.unknown("Fjelregionen", suggestions: [fjellregionen]).description(in: .bokmal)
    /// // "ukjent enhet 'Fjelregionen'; mente du:\n  fjellregionen  Regionrådet for Fjellregionen (regionråd)"
    /// ```
    public func description(in language: Language) -> String {
        let listed = { (entities: [Entity]) in
            entities.map { "  \($0.id)  \($0.name) (\($0.kind.label(in: language)))" }.joined(separator: "\n")
        }
        switch self {
        case .unknown(let input, let suggestions):
            var text = language.text(en: "unknown entity '\(input)'", nb: "ukjent enhet '\(input)'")
            if !suggestions.isEmpty {
                text += language.text(en: "; did you mean:\n", nb: "; mente du:\n") + listed(suggestions)
            } else {
                text += language.text(en: "; try 'regiongraph search \(input)'", nb: "; prøv 'regiongraph search \(input)'")
            }
            return text
        case .ambiguous(let input, let candidates):
            return language.text(en: "'\(input)' is ambiguous; it could be:\n", nb: "'\(input)' er tvetydig; det kan være:\n")
                + listed(candidates)
                + language.text(en: "\nname one of them by its id", nb: "\nnevn en av dem med id-en")
        }
    }
}
