import Foundation
import RegionGraph

extension ReportSite {
    /// An entity's page: its names, kind, attributes, period and sources, every relation in and
    /// out with role, period and sources, a plan's responsibility table, and the neighbourhood
    /// diagram (`svg`; `drawable` says whether one was tried).
    func entitySection(_ entity: Entity, top: Int, svg: String?, drawable: Bool) -> String {
        var html = heading(top, entity.name, id: options.singleFile ? nil : links.entityAnchor(entity.id))
        html += "<p class=\"kind\"><a href=\"\(links.kind(entity.kind))\">\(HTML.escape(capitalized(entity.kind.label(in: language))))</a>"
            + " · <code>\(HTML.escape(entity.id.rawValue))</code></p>\n"
        html += facts(of: entity)
        if !entity.citations.isEmpty {
            html += heading(top + 1, language.text(en: "Sources", nb: "Kilder"))
            html += sources(entity.citations)
        }
        let outgoing = network.relations(from: entity.id)
        let incoming = network.relations(to: entity.id)
        html += heading(top + 1, language.text(en: "Relations", nb: "Relasjoner") + " (\(outgoing.count + incoming.count))")
        if outgoing.isEmpty && incoming.isEmpty {
            html += "<p>\(language.text(en: "No relations recorded.", nb: "Ingen relasjoner registrert."))</p>\n"
        }
        if !outgoing.isEmpty {
            html += heading(top + 2, language.text(en: "From \(entity.name)", nb: "Fra \(entity.name)"))
            html += relationTable(outgoing, of: entity.id, outgoing: true)
        }
        if !incoming.isEmpty {
            html += heading(top + 2, language.text(en: "To \(entity.name)", nb: "Til \(entity.name)"))
            html += relationTable(incoming, of: entity.id, outgoing: false)
        }
        if entity.kind == .plan { html += planSections(of: entity, top: top + 1) }
        html += heading(top + 1, language.text(en: "Neighbourhood", nb: "Nabolag"))
        if let svg {
            html += figure(svg: svg, caption: language.text(
                en: "Everything one relation away. Hover over a line to read its source.",
                nb: "Alt én relasjon unna. Hold pekeren over en linje for å lese kilden."))
        } else {
            let count = outgoing.count + incoming.count
            let reason: String
            if count == 0 {
                reason = language.text(en: "Nothing to draw.", nb: "Ingenting å tegne.")
            } else if count > options.maximumDiagramRelations {
                reason = language.text(
                    en: "Not drawn: \(count) relations, more than \(options.maximumDiagramRelations). Draw it with: regiongraph render \(entity.id.rawValue)",
                    nb: "Ikke tegnet: \(count) relasjoner, flere enn \(options.maximumDiagramRelations). Tegn det med: regiongraph render \(entity.id.rawValue)")
            } else if !drawable {
                reason = language.text(
                    en: "Not drawn in this report, which draws a limited number of neighbourhoods, each of at most \(options.maximumNeighbourhoodRelations) relations, the busiest entities first. Draw it with: regiongraph render \(entity.id.rawValue)",
                    nb: "Ikke tegnet i denne rapporten, som tegner et begrenset antall nabolag, hvert med høyst \(options.maximumNeighbourhoodRelations) relasjoner, de travleste enhetene først. Tegn det med: regiongraph render \(entity.id.rawValue)")
            } else {
                reason = language.text(en: "Graphviz could not draw this diagram.", nb: "Graphviz kunne ikke tegne dette diagrammet.")
            }
            html += "<p class=\"note\">\(HTML.escape(reason))</p>\n"
        }
        return html
    }

    /// Names, period, country, description and attributes, as a description list: one row per
    /// label. An attribute that names one of the record's own fields (`land` or `country`,
    /// `beskrivelse`, …, in either language) is shown in that field's row, not as a second row
    /// of the same label; for the country it replaces the code (`land: Norge og Sverige` says
    /// more than `NO`).
    func facts(of entity: Entity) -> String {
        let fields: [(en: String, nb: String, value: String?)] = [
            ("Short name", "Kortnavn", entity.shortName),
            ("Also called", "Også kalt", entity.aliases.isEmpty ? nil : entity.aliases.joined(separator: "; ")),
            ("Period", "Periode", entity.validity.isUnbounded ? nil : entity.validity.description),
            ("Country", "Land", countryName(entity.country)),
            ("Description", "Beskrivelse", entity.description),
        ]
        var rows: [(label: String, value: String)] = []
        var fieldRow: [String: Int] = [:]
        for field in fields {
            for name in [field.en, field.nb] { fieldRow[name.lowercased()] = rows.count }
            rows.append((language.text(en: field.en, nb: field.nb), field.value ?? ""))
        }
        let countryRow = fieldRow["country"]!
        for key in entity.attributes.keys.sorted() {
            let value = entity.attributes[key]!
            let label = key.replacingOccurrences(of: "_", with: " ")
            guard let row = fieldRow[label.lowercased()] else {
                rows.append((capitalized(label), value))
                continue
            }
            if row == countryRow || rows[row].value.isEmpty {
                rows[row].value = value
            } else if rows[row].value != value {
                rows[row].value += "; " + value
            }
        }
        return "<dl class=\"facts\">\n"
            + rows.filter { !$0.value.isEmpty }.map { "<dt>\(HTML.escape($0.label))</dt><dd>\(HTML.escape($0.value))</dd>\n" }.joined()
            + "</dl>\n"
    }

    /// A country's name for a reader: Norway and Sweden by name, any other by its code.
    func countryName(_ code: String) -> String {
        switch code {
        case "NO": language.text(en: "Norway", nb: "Norge")
        case "SE": language.text(en: "Sweden", nb: "Sverige")
        default: code
        }
    }

    /// A table of relations from (or to) `id`: what, with whom, role, period, sources.
    func relationTable(_ relations: [Relation], of id: EntityID, outgoing: Bool) -> String {
        let headers = Self.relationColumns(in: language)
        var html = "<div class=\"scroll\"><table class=\"relations\">\n<thead><tr>"
            + headers.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        // By type, the other end's name and id: the keys looked up once, not at every comparison.
        let keys = relations.map { relation in
            let other = relation.otherEnd(from: id)
            return (type: relation.type.rawValue, name: nameOrder[other] ?? Int.max, other: other, id: relation.id)
        }
        let order = relations.indices.sorted { i, j in
            let (a, b) = (keys[i], keys[j])
            if a.type != b.type { return a.type < b.type }
            if a.name != b.name { return a.name < b.name }
            if a.other != b.other { return a.other < b.other }
            return a.id < b.id
        }
        for relation in order.map({ relations[$0] }) {
            let phrase = outgoing ? relation.type.phrase(in: language) : relation.type.inversePhrase(in: language)
            var period = relation.validity.description
            if let asOf = relation.asOf { period += (period.isEmpty ? "" : ", ") + language.text(en: "as of ", nb: "per ") + asOf.description }
            html += "<tr><td>\(HTML.escape(phrase))</td><td>\(entityLink(relation.otherEnd(from: id)))</td>"
                + "<td>\(HTML.escape(relation.role ?? ""))</td><td>\(HTML.escape(period))</td>"
                + "<td>\(sources(relation.citations))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    /// The columns of a relation table, which the style sheet also names on a narrow screen.
    static func relationColumns(in language: Language) -> [String] {
        [
            language.text(en: "Relation", nb: "Relasjon"), language.text(en: "Entity", nb: "Enhet"),
            language.text(en: "Role", nb: "Rolle"), language.text(en: "Period", nb: "Periode"),
            language.text(en: "Sources", nb: "Kilder"),
        ]
    }

    /// Citations as a list: the document (linked to the list of documents) or reference, and
    /// the quote.
    func sources(_ citations: [Citation]) -> String {
        guard !citations.isEmpty else { return "" }
        var html = "<ul class=\"sources\">\n"
        for citation in citations {
            html += "<li>"
            if let id = citation.document {
                html += documentLinks[id] ?? HTML.escape(id.rawValue)
            } else if let reference = citation.reference {
                html += "<span class=\"reference\">\(HTML.escape(reference))</span>"
            }
            if let quote = citation.quote { html += ": <q>\(HTML.escape(quote))</q>" }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }
}
