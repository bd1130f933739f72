import RegionGraph

/// Why a view cannot be drawn.
public enum DiagramError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The view names an entity the network does not have.
    case unknownFocus(view: String, entity: EntityID)
    /// Nothing in the network matches the view: no relation to draw (no entity, for the whole
    /// network).
    case empty(view: String)

    public var description: String {
        switch self {
        case .unknownFocus(let view, let entity):
            "view '\(view)' names the unknown entity '\(entity)'"
        case .empty(let view):
            "view '\(view)' draws nothing: no entity or relation matches it"
        }
    }
}
