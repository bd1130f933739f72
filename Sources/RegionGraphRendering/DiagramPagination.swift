import RegionGraph
import RegionGraphDiagrams

/// Lays a view that has a ``DiagramView/Split`` out on pages that each read at the view's paper
/// size: every text at least ``DiagramQuality/minimumTextSize`` points once the page is shrunk
/// to fit, and no misplaced label.
///
/// Every candidate page is laid out by Graphviz and measured from its SVG:
/// 1. the whole view, when it reads on one page, is drawn as one page;
/// 2. else each of the rule's groups (``Diagram/pageGroups(of:in:)``) goes on as few pages as
///    read, its units spread evenly over them ("(forts.)" after the first);
/// 3. then consecutive pages share one while it still reads.
///
/// A page that does not read from left to right is drawn from top to bottom when that reads.
/// The result depends only on the data, so it is the same on every run; a unit too large for
/// any page keeps a page of its own, and ``GraphsFolder/quality(of:page:)`` reports it.
///
/// ```swift
/// let pages = try DiagramPagination.pages(of: view, in: network)
/// for diagram in pages { print(diagram.page?.description ?? diagram.view.title) }
/// // Side 1 av 3: Kommuner, fylker og regioner · Råd, fora og styrer
/// // …
/// ```
public struct DiagramPagination {
    let view: DiagramView
    let network: Network
    let worker: RenderWorker?
    /// Measurements by DOT text, so no page is laid out twice.
    private var measured: [String: DiagramQuality] = [:]

    /// The pages of `view`: the whole view when it reads on one page or names no split.
    ///
    /// - Throws: ``DiagramError`` when the view cannot be drawn from `network`,
    ///   ``DiagramOutput/Failure`` when Graphviz (or `worker`) cannot lay a page out.
    /// - Complexity: a few layouts per group: O(*g* · *u*) layouts at worst for *g* groups of
    ///   *u* units, each measured once.
    public static func pages(of view: DiagramView, in network: Network, worker: RenderWorker? = nil) throws -> [Diagram] {
        try pages(of: Diagram(view: view, network: network), in: network, worker: worker)
    }

    /// The pages of `whole`, the view drawn on one page (which the caller already has).
    static func pages(of whole: Diagram, in network: Network, worker: RenderWorker?) throws -> [Diagram] {
        guard whole.view.split != nil else { return [whole] }
        var pagination = DiagramPagination(view: whole.view, network: network, worker: worker)
        return try pagination.pages(whole: whole)
    }

    private init(view: DiagramView, network: Network, worker: RenderWorker?) {
        self.view = view
        self.network = network
        self.worker = worker
    }

    /// A page still to be numbered: its headings and relations.
    private struct Draft {
        var headings: [String]
        var relations: [Relation]
    }

    private mutating func pages(whole: Diagram) throws -> [Diagram] {
        let whole = try best(whole)
        if whole.reads { return [whole.diagram] }
        var drafts: [Draft] = []
        for group in try Diagram.pageGroups(of: view, in: network) {
            let units = group.units.filter { !$0.isEmpty }
            var chunks: [[Relation]] = []
            for count in 1...max(units.count, 1) {
                chunks = Self.spread(units, over: count)
                var allRead = true
                for chunk in chunks where try !best(draft(chunk, heading: group.heading)).reads {
                    allRead = false
                    break
                }
                if allRead { break }
            }
            for (index, chunk) in chunks.enumerated() {
                drafts.append(Draft(
                    headings: [index == 0 ? group.heading : group.heading + " (forts.)"], relations: chunk))
            }
        }
        var merged: [Draft] = []
        for next in drafts {
            // Two pieces of one group that share a page name the group once.
            let headings = { (last: Draft) in last.headings + next.headings.filter { !last.headings.contains($0) } }
            if let last = merged.last,
               try best(draft(last.relations + next.relations, heading: headings(last).joined(separator: " · "))).reads {
                merged[merged.count - 1].headings = headings(last)
                merged[merged.count - 1].relations += next.relations
            } else {
                merged.append(next)
            }
        }
        guard merged.count > 1 else { return [whole.diagram] }
        return try merged.enumerated().map { index, draft in
            try best(Diagram.page(
                of: view, in: network, drawing: draft.relations,
                as: DiagramPage(number: index + 1, count: merged.count, heading: draft.headings.joined(separator: " · ")))
            ).diagram
        }
    }

    /// A page of `relations` as it is measured before the pages are numbered.
    private func draft(_ relations: [Relation], heading: String) throws -> Diagram {
        try Diagram.page(of: view, in: network, drawing: relations, as: DiagramPage(number: 1, count: 2, heading: heading))
    }

    /// `diagram` drawn the way it reads: from left to right when that reads, else from top to
    /// bottom when that reads, else whichever is shrunk less.
    private mutating func best(_ diagram: Diagram) throws -> (diagram: Diagram, reads: Bool) {
        let across = try quality(of: diagram)
        if across.isLegible || diagram.view.scope.isTable { return (diagram, across.isLegible) }
        let turned = diagram.drawnTopToBottom()
        let down = try quality(of: turned)
        if down.isLegible { return (turned, true) }
        return (down.scale > across.scale ? turned : diagram, false)
    }

    private mutating func quality(of diagram: Diagram) throws -> DiagramQuality {
        if let known = measured[diagram.dotText] { return known }
        let svg = try DiagramOutput.bytes(of: diagram, as: .svg, worker: worker)
        let quality = try DiagramQuality.measure(svg: String(decoding: svg, as: UTF8.self), page: view.page ?? .a4)
        measured[diagram.dotText] = quality
        return quality
    }

    /// `units` in order on about `count` pages of even size, each unit whole.
    static func spread(_ units: [[Relation]], over count: Int) -> [[Relation]] {
        let total = units.reduce(0) { $0 + $1.count }
        guard count > 1, total > 0 else { return [units.flatMap { $0 }] }
        let share = (total - 1) / count + 1
        var chunks: [[Relation]] = []
        for unit in units {
            if let last = chunks.indices.last, chunks[last].count + unit.count <= share {
                chunks[last] += unit
            } else {
                chunks.append(unit)
            }
        }
        return chunks
    }
}
