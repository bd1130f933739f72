/// Which page of a split view a diagram is (see ``DiagramView/Split``).
///
/// ```swift
/// let pages = try DiagramPagination.pages(of: view, in: network)
/// pages[1].page?.description      // "Side 2 av 3: Råd, fora og styrer"
/// pages[1].page?.fileName(of: view.name)   // "kommuner-og-rad-2"
/// ```
public struct DiagramPage: Sendable, Hashable, CustomStringConvertible {
    /// The page's number, from 1.
    public var number: Int
    /// How many pages the view has.
    public var count: Int
    /// What the page holds, in Norwegian ("Råd, fora og styrer", "Innlandet (forts.)").
    public var heading: String

    public init(number: Int, count: Int, heading: String) {
        self.number = number
        self.count = count
        self.heading = heading
    }

    /// The line printed under the diagram's title.
    public var description: String { "Side \(number) av \(count): \(heading)" }

    /// The file name (without extension) of this page of view `name`: `name-1`, `name-2` …
    public func fileName(of name: String) -> String { "\(name)-\(number)" }
}
