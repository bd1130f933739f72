import Dispatch
import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
import RegionGraphRendering
import Synchronization

/// A report of a network for people who will never run `regiongraph`: static HTML that works
/// from `file://`, loads nothing from elsewhere and runs no script but its own.
///
/// A folder report is `index.html` (what the data is, counts by kind, the standard diagrams, a
/// search box), `entities.html` (every entity by kind), `matrix.html` (the membership matrix),
/// a page per entity (`entity-ID.html`: names, attributes, every relation with its sources, the
/// neighbourhood diagram; a plan's page adds its responsibility table and what changed since
/// its owner's previous plan), `report.css` and `report.js`. A single-file report holds the same
/// as sections of one page, its style and script inline (allowed by their hashes).
///
/// The same network and options give the same bytes: everything is sorted, nothing is dated.
///
/// ```swift
/// let site = ReportSite(network: network, views: try GraphsFolder(path: "Graphs").views(),
///                       options: ReportOptions(language: .bokmal))
/// try site.write(to: "rapport")                 // a folder, replaced as a whole
/// let page = try site.singlePage()              // or one file's bytes
/// ```
public struct ReportSite: Sendable {
    public let network: Network
    /// The standard views drawn on the index, in order.
    public let views: [DiagramView]
    public let options: ReportOptions
    /// Where diagrams are laid out.
    public let diagrams: ReportDiagrams

    let links: SiteLinks
    var language: Language { options.language }
    /// Every entity's place in Norwegian alphabetical order of names (``Entity/byName(_:_:)``),
    /// worked out once: pages sort thousands of lists by name.
    let nameOrder: [EntityID: Int]
    /// Each document's link, as citations show it: written once, cited thousands of times.
    let documentLinks: [DocumentID: String]
    /// Each entity's link, as relation tables and lists show it: written once.
    let entityLinks: [EntityID: String]

    public init(network: Network, views: [DiagramView], options: ReportOptions, diagrams: ReportDiagrams = ReportDiagrams()) {
        self.network = network
        self.views = views
        self.options = options
        self.diagrams = diagrams
        let links = SiteLinks(singleFile: options.singleFile)
        self.links = links
        var order: [EntityID: Int] = [:]
        for (position, entity) in Entity.sortedByName(network.entities).enumerated() { order[entity.id] = position }
        self.nameOrder = order
        var documentLinks: [DocumentID: String] = [:]
        for document in network.documents {
            documentLinks[document.id] = "<a href=\"\(HTML.escape(links.document(document.id)))\">\(HTML.escape(document.reference))</a>"
        }
        self.documentLinks = documentLinks
        var entityLinks: [EntityID: String] = [:]
        entityLinks.reserveCapacity(network.entities.count)
        for entity in network.entities {
            entityLinks[entity.id] = Self.entityLink(entity.id, name: entity.name, links: links)
        }
        self.entityLinks = entityLinks
    }

    /// Whether `lhs` comes before `rhs` by name, as ``Entity/byName(_:_:)`` orders them.
    func precedesByName(_ lhs: EntityID, _ rhs: EntityID) -> Bool {
        (nameOrder[lhs] ?? Int.max, lhs) < (nameOrder[rhs] ?? Int.max, rhs)
    }

    /// How many entities are laid out together: their diagrams drawn at the same time, then
    /// their pages written, so memory holds one batch of drawings at a time.
    static let batchSize = 256

    /// Every file of the folder report, handed to `emit` one at a time in a fixed order (the
    /// assets, the index and lists, then the entity pages by id).
    ///
    /// - Throws: whatever `emit` throws; nothing else fails: a diagram Graphviz cannot draw is
    ///   left out with a note on its page.
    public func files<Failure: Error>(_ emit: (ExportFile) throws(Failure) -> Void) throws(Failure) {
        try emit(ExportFile(name: "report.css", text: ReportAssets.style(in: language)))
        try emit(ExportFile(name: "report.js", text: ReportAssets.script))
        // The index, the list and the matrix are made at the same time, then handed on in order.
        let made = Mutex([ExportFile?](repeating: nil, count: 3))
        DispatchQueue.concurrentPerform(iterations: 3) { part in
            let file = switch part {
            case 0: ExportFile(name: "index.html", text: page(title: reportTitle, main: indexSections(top: 1), searchData: true))
            case 1: ExportFile(name: "entities.html", text: page(
                title: language.text(en: "All entities", nb: "Alle enheter"), main: entityList(top: 1)))
            default: ExportFile(name: "matrix.html", text: page(
                title: language.text(en: "Membership matrix", nb: "Medlemskapsmatrise"), main: matrixSection(top: 1)))
            }
            made.withLock { $0[part] = file }
        }
        for file in made.withLock({ $0 }) { try emit(file!) }
        try forEachEntityPage(
            make: { entity, body in
                ExportFile(name: SiteLinks.entityFile(entity.id), text: page(title: entity.name, main: body))
            },
            { (_, file) throws(Failure) in try emit(file) })
    }

    /// The single-file report: one HTML page with every section.
    public func singlePage() -> [UInt8] {
        var main = "<section id=\"index\" aria-labelledby=\"index-title\">\n"
            + "<h1 id=\"index-title\">\(HTML.escape(reportTitle))</h1>\n" + indexSections(top: 1, withTitle: false)
            + "</section>\n"
        main += "<section id=\"entities\">\n" + entityList(top: 2) + "</section>\n"
        main += "<section id=\"matrix\">\n" + matrixSection(top: 2) + "</section>\n"
        forEachEntityPage(make: { _, body in body }) { entity, body in
            main += "<article id=\"\(links.entityAnchor(entity.id))\">\n" + body + "</article>\n"
        }
        return Array(page(title: reportTitle, main: main, searchData: true).utf8)
    }

    /// The report's title.
    var reportTitle: String {
        language.text(en: "Regional collaboration: report", nb: "Regionalt samarbeid: rapport")
    }

    /// Builds every entity's page body in id order, drawing the diagrams a batch at a time:
    /// `make` turns a body into what `body` is handed (a whole page, say), on several threads
    /// at once; `body` is called on this thread, in order.
    private func forEachEntityPage<Made: Sendable, Failure: Error>(
        make: @Sendable (Entity, String) -> Made, _ body: (Entity, Made) throws(Failure) -> Void
    ) throws(Failure) {
        let top = options.singleFile ? 2 : 1
        let chosen = entitiesWithDiagrams()
        let entities = network.entities
        for start in stride(from: 0, to: entities.count, by: Self.batchSize) {
            let batch = Array(entities[start..<min(start + Self.batchSize, entities.count)])
            var drawn: [(id: EntityID, diagram: Diagram)] = []
            for entity in batch where chosen.contains(entity.id) {
                if let diagram = neighbourhoodDiagram(of: entity) { drawn.append((entity.id, diagram)) }
            }
            let svgs = diagrams.svg(
                of: drawn.map { linked($0.diagram) }, labels: drawn.map(\.diagram.view.title),
                prefixes: drawn.map { links.entityAnchor($0.id) + "-d" })
            var byID: [EntityID: String] = [:]
            for (index, item) in drawn.enumerated() { byID[item.id] = svgs[index] }
            // The pages of a batch are made at the same time, then handed on in order.
            let svgByID = byID
            let made = Mutex([Made?](repeating: nil, count: batch.count))
            let lanes = min(ProcessInfo.processInfo.activeProcessorCount, 8)
            DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                for index in stride(from: lane, to: batch.count, by: lanes) {
                    let entity = batch[index]
                    let section = entitySection(entity, top: top, svg: svgByID[entity.id], drawable: chosen.contains(entity.id))
                    let result = make(entity, section)
                    made.withLock { $0[index] = result }
                }
            }
            for (index, result) in made.withLock({ $0 }).enumerated() {
                try body(batch[index], result!)
            }
        }
    }

    /// The entities that get a neighbourhood diagram: those with at most
    /// ``ReportOptions/maximumDiagramRelations`` relations, the most relations first (ties by
    /// id), whose diagram has at most ``ReportOptions/maximumNeighbourhoodRelations``, while the
    /// diagrams stay within ``ReportOptions/maximumEntityDiagrams`` and
    /// ``ReportOptions/diagramRelationBudget``.
    func entitiesWithDiagrams() -> Set<EntityID> {
        var candidates: [(id: EntityID, count: Int)] = []
        for entity in network.entities {
            let count = relationCount(of: entity.id)
            if count <= options.maximumDiagramRelations { candidates.append((entity.id, count)) }
        }
        candidates.sort { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }
        var chosen = Set<EntityID>()
        var budget = options.diagramRelationBudget ?? Int.max
        for candidate in candidates {
            if let limit = options.maximumEntityDiagrams, chosen.count >= limit { break }
            if budget <= 0 { break }
            guard let size = network.neighbourhoodSize(
                      of: candidate.id, limit: min(options.maximumNeighbourhoodRelations, budget))
            else { continue }
            budget -= size.relations
            chosen.insert(candidate.id)
        }
        return chosen
    }

    /// How many relations an entity has, in and out.
    func relationCount(of id: EntityID) -> Int {
        network.degree(of: id)
    }

    /// The neighbourhood view `regiongraph render ID` draws: everything one relation away.
    func neighbourhoodView(of id: EntityID) -> DiagramView {
        let scope = DiagramView.Scope.neighbourhood(of: [id], depth: 1)
        return DiagramView(name: id.rawValue, title: DiagramVocabulary.title(of: scope, in: network), scope: scope)
    }

    /// `diagram` with each entity a link to its page (only the report's drawings link).
    func linked(_ diagram: Diagram) -> Diagram {
        diagram.linkingEntities { id in network.entity(id) == nil ? nil : links.entity(id) }
    }

    /// The neighbourhood diagram of `entity`; `nil` when it is too large for its layout.
    func neighbourhoodDiagram(of entity: Entity) -> Diagram? {
        let view = neighbourhoodView(of: entity.id)
        guard let diagram = try? Diagram(view: view, network: network) else { return nil }
        if let limit = DiagramOutput.LayoutLimit.of(view.layout), limit.isExceeded(by: diagram) { return nil }
        return diagram
    }
}
