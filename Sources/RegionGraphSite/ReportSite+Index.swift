import RegionGraph
import RegionGraphDiagrams
import RegionGraphRendering

extension ReportSite {
    /// The index: what the data is, the search results, counts by kind, the plans and the
    /// standard diagrams. Headings start at `top` (the title) and go one level down.
    func indexSections(top: Int, withTitle: Bool = true) -> String {
        var html = withTitle ? heading(top, reportTitle) : ""
        let counts = language.count(network.entities.count, en: "entity", enPlural: "entities", nb: "enhet", plural: "enheter")
            + ", " + language.count(network.relations.count, en: "relation", nb: "relasjon", plural: "relasjoner")
            + ", " + language.count(network.documents.count, en: "source document", nb: "kildedokument", plural: "kildedokumenter")
        html += "<p>\(HTML.escape(counts)).</p>\n"
        if !options.selection.isEmpty {
            html += "<p>" + HTML.escape(language.text(en: "Selection: ", nb: "Utvalg: "))
                + options.selection.map { "<code>\(HTML.escape($0))</code>" }.joined(separator: " ") + "</p>\n"
        }
        html += "<section id=\"search\" aria-labelledby=\"search-title\" hidden>\n"
            + heading(top + 1, language.text(en: "Search results", nb: "Søkeresultater"), id: "search-title")
            + "<p id=\"search-status\" role=\"status\"></p>\n<ol id=\"search-results\"></ol>\n</section>\n"
        html += documentsSection(top: top + 1)
        html += kindCounts(top: top + 1)
        html += plansList(top: top + 1)
        html += standardDiagrams(top: top + 1)
        return html
    }

    /// The source documents: title, publisher and date, each with an anchor citations link to.
    func documentsSection(top: Int) -> String {
        var html = heading(top, language.text(en: "What the data is", nb: "Hva dataene er"))
        html += "<p>" + HTML.escape(language.text(
            en: "Every entity and relation cites one of these public documents, most with a verbatim quote.",
            nb: "Hver enhet og relasjon viser til et av disse offentlige dokumentene, de fleste med et ordrett sitat."))
            + "</p>\n"
        guard !network.documents.isEmpty else {
            return html + "<p>\(language.text(en: "No documents.", nb: "Ingen dokumenter."))</p>\n"
        }
        html += "<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">"
            + [language.text(en: "Title", nb: "Tittel"), language.text(en: "Publisher", nb: "Utgiver"),
               language.text(en: "Date", nb: "Dato")].map(HTML.escape).joined(separator: "</th><th scope=\"col\">")
            + "</th></tr></thead>\n<tbody>\n"
        for document in network.documents.sorted(by: { $0.id < $1.id }) {
            html += "<tr id=\"\(links.documentAnchor(document.id))\"><td>\(HTML.escape(document.title))</td>"
                + "<td>\(HTML.escape(document.publisher ?? ""))</td><td>\(HTML.escape(document.date?.description ?? ""))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    /// How many entities there are of each kind, each linked to its list.
    func kindCounts(top: Int) -> String {
        var html = heading(top, language.text(en: "Entities by kind", nb: "Enheter etter type"))
        html += "<table class=\"counts\">\n<thead><tr><th scope=\"col\">\(language.text(en: "Kind", nb: "Type"))</th>"
            + "<th scope=\"col\">\(language.text(en: "Number", nb: "Antall"))</th></tr></thead>\n<tbody>\n"
        for (kind, entities) in entitiesByKind() {
            html += "<tr><th scope=\"row\"><a href=\"\(links.kind(kind))\">\(HTML.escape(capitalized(kind.label(in: language))))</a></th>"
                + "<td>\(entities.count)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The entities of each kind present, kinds in their order, entities by name.
    func entitiesByKind() -> [(kind: EntityKind, entities: [Entity])] {
        var groups: [EntityKind: [Entity]] = [:]
        for entity in network.entities { groups[entity.kind, default: []].append(entity) }
        return groups.keys.sorted().map { ($0, groups[$0]!.sorted { precedesByName($0.id, $1.id) }) }
    }

    /// The plans, each linked to its page with its responsibility table.
    func plansList(top: Int) -> String {
        let plans = network.plans
        guard !plans.isEmpty else { return "" }
        var html = heading(top, language.text(en: "Plans", nb: "Planer"))
        html += "<ul>\n"
        for plan in plans.sorted(by: Entity.byName) {
            let period = plan.validity.description
            html += "<li>\(entityLink(plan.id))" + (period.isEmpty ? "" : " (\(HTML.escape(period)))") + "</li>\n"
        }
        return html + "</ul>\n"
    }

    /// Every page of every standard view, inline; a view too large or not in this part of the
    /// data is named with the reason.
    func standardDiagrams(top: Int) -> String {
        guard !views.isEmpty else { return "" }
        var html = heading(top, language.text(en: "Diagrams", nb: "Diagrammer"))
        html += "<p>" + HTML.escape(language.text(
            en: "The standard diagrams (Graphs/views.yaml). Hover over a line to read the quote behind it.",
            nb: "Standarddiagrammene (Graphs/views.yaml). Hold pekeren over en linje for å lese sitatet bak den."))
            + "</p>\n"
        var pages: [(view: Int, diagram: Diagram)] = []
        var notes: [Int: String] = [:]
        for (index, view) in views.enumerated() {
            do {
                let size = try Diagram.size(of: view, in: network)
                guard size.relations <= options.maximumViewRelations else {
                    notes[index] = language.text(
                        en: "Not drawn here: \(size.relations) relations, more than \(options.maximumViewRelations). "
                            + "Draw it with: regiongraph render \(view.name)",
                        nb: "Ikke tegnet her: \(size.relations) relasjoner, flere enn \(options.maximumViewRelations). "
                            + "Tegn det med: regiongraph render \(view.name)")
                    continue
                }
                for diagram in try DiagramPagination.pages(of: view, in: network, worker: diagrams.workers.first) {
                    pages.append((index, diagram))
                }
            } catch {
                notes[index] = language.text(en: "Not drawn: \(error)", nb: "Ikke tegnet: \(error)")
            }
        }
        let svgs = diagrams.svg(
            of: pages.map { linked($0.diagram) }, labels: pages.map { Self.label(of: $0.diagram) },
            prefixes: pages.indices.map { "view\($0 + 1)" })
        for (index, view) in views.enumerated() {
            html += "<section class=\"diagram\">\n" + heading(top + 1, view.title)
            if let note = notes[index] { html += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
            for (number, page) in pages.enumerated() where page.view == index {
                html += figure(svg: svgs[number], caption: page.diagram.page?.description)
            }
            html += "</section>\n"
        }
        return html
    }

    /// What a diagram shows, for those who cannot see it: its title and page.
    static func label(of diagram: Diagram) -> String {
        diagram.view.title + (diagram.page.map { " – \($0)" } ?? "")
    }

    /// A figure holding an inline SVG and its caption, or a note that it could not be drawn.
    func figure(svg: String?, caption: String?) -> String {
        guard let svg else {
            return "<p class=\"note\">\(language.text(en: "Graphviz could not draw this diagram.", nb: "Graphviz kunne ikke tegne dette diagrammet."))</p>\n"
        }
        let text = caption.map { "<figcaption>\(HTML.escape($0))</figcaption>\n" } ?? ""
        let size = Self.widthClass(of: svg).map { " " + $0 } ?? ""
        return "<figure>\n<div class=\"drawing\(size)\">\n\(svg)\n</div>\n\(text)</figure>\n"
    }

    /// The widths a drawing may grow to, in rem, each a class of the style sheet (`w20` …).
    static let drawingWidths = Array(stride(from: 20, through: 70, by: 5))

    /// The class that lets a drawing grow to fill the page but to at most
    /// ``maximumDrawingZoom`` times its natural size (the widest of ``drawingWidths`` within
    /// it): a small drawing stays legible without its letters growing huge. `nil` for a
    /// drawing that may fill any page, or whose width is not given in points.
    static func widthClass(of svg: String) -> String? {
        guard let points = naturalWidth(of: svg) else { return nil }
        let rem = points * 4 / 3 * maximumDrawingZoom / 16
        guard rem < Double(drawingWidths.last! + 5) else { return nil }
        return "w" + String(drawingWidths.last { Double($0) <= rem } ?? drawingWidths[0])
    }

    /// How much a drawing may be enlarged to fill the width of a page.
    static let maximumDrawingZoom = 1.5

    /// The width of an inline SVG in points: its first `width="…pt"`, which Graphviz writes on
    /// the `<svg>` element (its label is escaped, so it holds no `"`).
    static func naturalWidth(of svg: String) -> Double? {
        guard let start = svg.range(of: " width=\""),
              let end = svg[start.upperBound...].firstIndex(of: "\"")
        else { return nil }
        let value = svg[start.upperBound..<end]
        guard value.hasSuffix("pt") else { return nil }
        return Double(value.dropLast(2))
    }

    /// Every entity, by kind, each kind a heading with an anchor the counts link to.
    func entityList(top: Int) -> String {
        var html = heading(top, language.text(en: "All entities", nb: "Alle enheter"))
        for (kind, entities) in entitiesByKind() {
            html += heading(top + 1, capitalized(kind.label(in: language)) + " (\(entities.count))", id: "kind-" + kind.rawValue)
            html += "<ul class=\"columns\">\n"
            for entity in entities { html += "<li>\(entityLink(entity.id))</li>\n" }
            html += "</ul>\n"
        }
        return html
    }
}
