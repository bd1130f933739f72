/// A sheet to write into a workbook (``WorkbookWriter``): a name and rows of texts, the first
/// row the header.
///
/// The header is bold, frozen (it stays in view while scrolling) and carries a filter over
/// the table; it is repeated at the top of every printed page, under the ``printTitle``. A
/// sheet of notes (``isTable`` `false`) is plain lines.
///
/// ```swift
/// let sheet = WorkbookSheet(name: "relations", rows: [["from", "to", "type"], ["roros", "ipr", "member_of"]])
/// ```
public struct WorkbookSheet: Hashable, Sendable {
    /// The sheet's name; made fit for a sheet tab when written (``tabName(_:)``).
    public var name: String
    /// The rows, the header first; rows may be shorter than the header.
    public var rows: [[String]]
    /// Whether the first row is a header: bold, frozen and filtered.
    public var isTable: Bool
    /// A line printed at the top of every page, such as the question the sheet answers.
    public var printTitle: String?

    public init(name: String, rows: [[String]], isTable: Bool = true, printTitle: String? = nil) {
        self.name = name
        self.rows = rows
        self.isTable = isTable
        self.printTitle = printTitle
    }

    /// The longest name a sheet tab may have.
    public static let longestName = 31

    /// `text` as a sheet's name may be: the characters `: \ / ? * [ ]` and line breaks as
    /// spaces, apostrophes at either end left out, at most 31 characters (cut with `…`),
    /// `Sheet` for nothing left.
    ///
    /// ```swift
    /// WorkbookSheet.tabName("Members of Interkommunalt politisk råd Trøndelag Sør")
    /// // "Members of Interkommunalt poli…"
    /// ```
    public static func tabName(_ text: String) -> String {
        var name = String(text.map { ":\\/?*[]\n\r\t".contains($0) ? " " : $0 })
        while name.first == "'" || name.first == " " { name.removeFirst() }
        while name.last == "'" || name.last == " " { name.removeLast() }
        if name.count > longestName { name = String(name.prefix(longestName - 1)).trimmingTrailingSpaces() + "…" }
        return name.isEmpty ? "Sheet" : name
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
