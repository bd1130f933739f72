/// The period during which an entity exists or a relation holds.
///
/// Either end may be open (unknown or ongoing). Bounds are inclusive and partial: a relation
/// with `start: 2019, end: 2020` holds from 1 January 2019 to 31 December 2020.
///
/// ```swift
/// let period = Validity(start: try PartialDate(parsing: "2021"), end: try PartialDate(parsing: "2022"))
/// period.contains(try PartialDate(parsing: "2022-06-01"))  // true
/// ```
public struct Validity: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: PartialDate?
    public var end: PartialDate?

    /// Always valid: no known start or end.
    public static let always = Validity()

    public init(start: PartialDate? = nil, end: PartialDate? = nil) {
        self.start = start
        self.end = end
    }

    /// Whether neither bound is known.
    public var isUnbounded: Bool { start == nil && end == nil }

    /// Whether the period overlaps the period `date` names (a year, a month or a day).
    public func contains(_ date: PartialDate) -> Bool {
        if let start, start.firstDay > date.lastDay { return false }
        if let end, end.lastDay < date.firstDay { return false }
        return true
    }

    /// `2019–2020`, `2017–`, `–2022` or the empty string when unbounded.
    public var description: String {
        if isUnbounded { return "" }
        return (start?.description ?? "") + "–" + (end?.description ?? "")
    }
}
