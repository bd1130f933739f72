/// Why a name typed by a user does not name exactly one entity.
public enum NameResolutionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No entity is known by that name; `suggestions` are close matches, best first.
    case unknown(String, suggestions: [Entity])
    /// Several entities are known by that name.
    case ambiguous(String, candidates: [Entity])

    public var description: String {
        switch self {
        case .unknown(let input, let suggestions):
            var text = "unknown entity '\(input)'"
            if !suggestions.isEmpty {
                text += "; did you mean:\n"
                text += suggestions.map { "  \($0.id)  \($0.name) (\($0.kind.label))" }
                    .joined(separator: "\n")
            } else {
                text += "; try 'regiongraph search \(input)'"
            }
            return text
        case .ambiguous(let input, let candidates):
            return "'\(input)' is ambiguous; it could be:\n"
                + candidates.map { "  \($0.id)  \($0.name) (\($0.kind.label))" }
                    .joined(separator: "\n")
                + "\nname one of them by its id"
        }
    }
}
