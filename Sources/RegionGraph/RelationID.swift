/// The position of a ``Relation`` in its ``Network``.
///
/// Relation ids are dense (0 ..< `network.relations.count`) and follow the order in which the
/// relations were read, so they are stable for the same data.
public struct RelationID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible
{
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    public var description: String { "#\(rawValue)" }

    public static func < (lhs: RelationID, rhs: RelationID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
