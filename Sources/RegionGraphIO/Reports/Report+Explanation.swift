import RegionGraph

extension Report {
    /// The facts that connect `first` and `second` (``Network/connection(between:and:)``),
    /// each as a sentence with where it is recorded and its sources: the answer of
    /// `regiongraph explain`.
    ///
    /// ```swift
    /// let connection = network.connection(between: roros.id, and: holtalen.id)!
    /// let report = Report.connection(connection, between: roros, and: holtalen, in: network, texts: texts)
    /// print(report.rendered(as: .text))
    /// ```
    public static func connection(
        _ connection: Connection, between first: Entity, and second: Entity, in network: Network,
        texts: [DocumentID: DocumentText] = [:], language: Language = .english
    ) -> Report {
        let how: String
        switch connection {
        case .direct(let relations):
            how = language.count(relations.count, en: "direct relation", nb: "direkte relasjon", plural: "direkte relasjoner")
        case .chain(let steps):
            how = language.text(en: "no direct relation; the shortest chain, ", nb: "ingen direkte relasjon; den korteste kjeden, ")
                + language.count(steps.count, en: "step", nb: "steg", plural: "steg")
        }
        var report = Report(
            title: language.text(
                en: "Facts connecting \(first.name) and \(second.name) (\(how))",
                nb: "Fakta som forbinder \(first.name) og \(second.name) (\(how))"),
            columns: [], rows: [],
            json: .object([
                ("from", entityObject(first)),
                ("to", entityObject(second)),
                ("connection", .string(connection.isDirect ? "direct" : "chain")),
            ]))
        report.explanation = network.explanation(of: connection.relations, texts: texts)
        report.language = language
        return report
    }

    /// `json` with the explanation: as an `explanation` member of an object, or next to an
    /// array as `{"answer": …, "explanation": […]}`.
    func explainedJSON(_ json: JSONValue) -> JSONValue {
        guard let explanation else { return json }
        let facts = JSONValue.array(explanation.facts.map(Report.factObject))
        if case .object(let members) = json {
            return .object(members + [JSONValue.Member("explanation", facts)])
        }
        return .object([("answer", json), ("explanation", facts)])
    }

    /// The explanation as lines of text, for a terminal.
    static func explanationText(_ explanation: Explanation, language: Language = .english) -> [String] {
        let words = ExplanationWords(language)
        var lines = ["\(words.heading) (\(words.count(explanation.facts.count))):"]
        for (index, fact) in explanation.facts.enumerated() {
            lines.append("\(index + 1). " + plain(fact.sentence))
            lines.append("   \(words.recordedAt): " + (fact.location.map { plain($0.description) } ?? words.unknown))
            if fact.sources.isEmpty { lines.append("   \(words.source): \(words.none)") }
            for source in fact.sources {
                lines.append("   \(words.source): " + plain(sourceReference(source, language: language)))
                if let quote = source.citation.quote {
                    lines.append("     \"" + plain(quote) + "\"")
                }
            }
        }
        return lines
    }

    /// The explanation in Markdown: a numbered list of facts.
    static func explanationMarkdown(_ explanation: Explanation, language: Language = .english) -> [String] {
        let words = ExplanationWords(language)
        var lines = ["**\(words.heading) (\(words.count(explanation.facts.count)))**", ""]
        for (index, fact) in explanation.facts.enumerated() {
            lines.append("\(index + 1). " + markdownText(plain(fact.sentence)))
            lines.append("   - \(words.recordedAt): " + (fact.location.map { markdownText(plain($0.description)) } ?? words.unknown))
            for source in fact.sources {
                var line = "   - \(words.source): " + markdownText(plain(sourceReference(source, language: language)))
                if let quote = source.citation.quote { line += ": «" + markdownText(plain(quote)) + "»" }
                lines.append(line)
            }
        }
        return lines
    }

    /// `Samfunnsutvikling (Røros kommune, 2022-12-20), 003_….txt line 45`: the document and
    /// where in its text the quote is.
    static func sourceReference(_ source: Explanation.Source, language: Language = .english) -> String {
        var text = source.document?.reference
            ?? source.citation.reference ?? source.citation.document?.rawValue
            ?? language.text(en: "unknown source", nb: "ukjent kilde")
        if let lines = source.lines {
            let file = source.document?.file.map { $0 + " " } ?? ""
            text += lines.count == 1
                ? ", \(file)" + language.text(en: "line", nb: "linje") + " \(lines.lowerBound)"
                : ", \(file)" + language.text(en: "lines", nb: "linjene") + " \(lines.lowerBound)–\(lines.upperBound)"
        }
        return text
    }

    /// The words of an explanation, in one language.
    private struct ExplanationWords {
        let heading, recordedAt, source, none, unknown: String
        let count: (Int) -> String

        init(_ language: Language) {
            heading = language.text(en: "Explanation", nb: "Forklaring")
            recordedAt = language.text(en: "recorded at", nb: "registrert i")
            source = language.text(en: "source", nb: "kilde")
            none = language.text(en: "none", nb: "ingen")
            unknown = language.text(en: "unknown", nb: "ukjent")
            count = { language.count($0, en: "fact", nb: "faktum", plural: "fakta") }
        }
    }

    static func factObject(_ fact: Explanation.Fact) -> JSONValue {
        var members: [(String, JSONValue?)] = [("fact", .string(fact.sentence))]
        switch fact.subject {
        case .relation(let relation):
            members += [
                ("relation_id", .integer(relation.id.rawValue)),
                ("from", .string(relation.from.rawValue)),
                ("relation", .string(relation.type.rawValue)),
                ("to", .string(relation.to.rawValue)),
                ("role", .optional(relation.role)),
                ("start", .optional(relation.validity.start?.description)),
                ("end", .optional(relation.validity.end?.description)),
                ("as_of", .optional(relation.asOf?.description)),
            ]
        case .entity(let entity):
            members += [
                ("entity", .string(entity.id.rawValue)),
                ("kind", .string(entity.kind.rawValue)),
            ]
        }
        members.append(("recorded_at", fact.location.map { location in
            .object([
                ("file", .string(location.file)),
                // A cell of a workbook: its sheet and reference; the row is the line.
                ("sheet", .optional(location.sheet)),
                ("cell", location.sheet.map { _ in .string(FileLocation.columnName(location.column) + String(location.line)) }),
                ("line", .integer(location.line)),
                ("column", .integer(location.column)),
            ])
        } ?? .null))
        members.append(("sources", .array(fact.sources.map(sourceObject))))
        return .object(members)
    }

    static func sourceObject(_ source: Explanation.Source) -> JSONValue {
        var members: [(String, JSONValue?)] = []
        if let document = source.document {
            members += [
                ("document", .string(document.id.rawValue)),
                ("title", .string(document.title)),
                ("publisher", .optional(document.publisher)),
                ("date", .optional(document.date?.description)),
                ("file", .optional(document.file)),
                ("url", .optional(document.url)),
            ]
        } else {
            members.append(("reference", .optional(source.citation.reference ?? source.citation.document?.rawValue)))
        }
        members.append(("quote", .optional(source.citation.quote)))
        if let lines = source.lines {
            members += [("line", .integer(lines.lowerBound)), ("end_line", .integer(lines.upperBound))]
        }
        return .object(members)
    }

    /// `text` on one line: runs of white space (line breaks, tabs) and control characters as
    /// one space, so that no fact can move the cursor or recolour a terminal.
    static func plain(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }
}
