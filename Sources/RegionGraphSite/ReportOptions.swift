import RegionGraph

/// What a report holds and how it is written: its language, one folder or one file, and the
/// limits on its diagrams.
///
/// ```swift
/// var options = ReportOptions(language: .bokmal)
/// options.singleFile = true
/// options.selection = ["--at 2021"]
/// ```
public struct ReportOptions: Sendable, Hashable {
    /// The language of the report's own text (headings, labels, kinds, relations); the data's
    /// text and the diagrams stay as they are.
    public var language: Language
    /// One self-contained HTML file rather than a folder of pages.
    public var singleFile: Bool
    /// How the network was narrowed before the report was made (`--at 2021`, `--kinds …`), shown
    /// on the index; empty for the whole network.
    public var selection: [String]
    /// An entity gets its neighbourhood diagram when it has at most this many relations.
    public var maximumDiagramRelations: Int
    /// At most this many entities get a neighbourhood diagram: those with the most relations
    /// within ``maximumDiagramRelations`` first, then by id; `nil` for no limit.
    public var maximumEntityDiagrams: Int?
    /// A standard view is drawn when its whole diagram has at most this many relations; a larger
    /// one is listed with the command that draws it.
    public var maximumViewRelations: Int

    public init(
        language: Language = .bokmal, singleFile: Bool = false, selection: [String] = [],
        maximumDiagramRelations: Int = 60, maximumEntityDiagrams: Int? = ReportOptions.defaultEntityDiagrams,
        maximumViewRelations: Int = 400
    ) {
        self.language = language
        self.singleFile = singleFile
        self.selection = selection
        self.maximumDiagramRelations = maximumDiagramRelations
        self.maximumEntityDiagrams = maximumEntityDiagrams
        self.maximumViewRelations = maximumViewRelations
    }

    /// The default limit on entity diagrams.
    public static let defaultEntityDiagrams = 1_000
}
