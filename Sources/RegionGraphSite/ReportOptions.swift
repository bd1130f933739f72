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
    /// At most this many entities get a neighbourhood diagram; `nil` for no limit.
    public var maximumEntityDiagrams: Int?
    /// The neighbourhood diagrams together draw at most this many relations (a layout's time
    /// grows with its relations, and faster than they do): entities are taken by the most
    /// relations first (ties by id) while their diagrams fit; `nil` for no limit.
    public var diagramRelationBudget: Int?
    /// A neighbourhood diagram is drawn only when it has at most this many relations (its
    /// entity's own and those between its neighbours): `dot` took 1 to 3 seconds for one of
    /// 100 to 150 relations. The national benchmark's busiest entities draw 60 to 150.
    public var maximumNeighbourhoodRelations: Int
    /// A standard view is drawn when its whole diagram has at most this many relations; a larger
    /// one is listed with the command that draws it.
    public var maximumViewRelations: Int

    public init(
        language: Language = .bokmal, singleFile: Bool = false, selection: [String] = [],
        maximumDiagramRelations: Int = 60, maximumEntityDiagrams: Int? = ReportOptions.defaultEntityDiagrams,
        diagramRelationBudget: Int? = ReportOptions.defaultDiagramRelationBudget, maximumNeighbourhoodRelations: Int = 60,
        maximumViewRelations: Int = 400
    ) {
        self.language = language
        self.singleFile = singleFile
        self.selection = selection
        self.maximumDiagramRelations = maximumDiagramRelations
        self.maximumEntityDiagrams = maximumEntityDiagrams
        self.diagramRelationBudget = diagramRelationBudget
        self.maximumNeighbourhoodRelations = maximumNeighbourhoodRelations
        self.maximumViewRelations = maximumViewRelations
    }

    /// The default limit on entity diagrams.
    public static let defaultEntityDiagrams = 1_000

    /// The default budget of relations in all neighbourhood diagrams together.
    public static let defaultDiagramRelationBudget = 1_500
}
