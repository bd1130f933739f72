/// The checks that documents, entities and relations share: required fields, dates, validity
/// and citations.
extension NetworkBuilder {
    /// Checks every document record and keeps the valid ones.
    mutating func checkDocuments(_ records: [DocumentRecord]) {
        var seen: [String: FileLocation?] = [:]
        for record in records {
            guard let id = required(record.id, "document", "id", at: record.location),
                let title = required(record.title, "document", "title", at: record.location)
            else { continue }
            if let first = seen[id.value] {
                error(id.location, "duplicate document id '\(id.value)'",
                    hint: "first defined at \(first.map(\.description) ?? "another record"); ids must be unique")
                continue
            }
            seen[id.value] = record.location
            if let url = record.url, !(url.value.hasPrefix("https://") || url.value.hasPrefix("http://")) {
                error(url.location, "document '\(id.value)' has url '\(url.value)', which is not a web address",
                    hint: "write the full address, starting with https://")
            }
            documents.append(
                SourceDocument(
                    id: DocumentID(id.value), title: title.value, publisher: record.publisher,
                    date: date(record.date), note: record.note, file: record.file, url: record.url?.value))
        }
        documentIDs = Set(documents.map(\.id))
        referenceIDs = Set(documents.filter(\.isReference).map(\.id))
    }

    /// The value, or `nil` after reporting that the field is missing or blank.
    mutating func required(
        _ value: Located<String>?, _ what: @autoclosure () -> String, _ field: String, at location: FileLocation?
    ) -> Located<String>? {
        if let value, !value.value.isBlank { return value }
        error(value?.location ?? location, "\(what()) has no '\(field)'", hint: "add '\(field):'")
        return nil
    }

    /// The date `text` holds, or `nil` for no text and after reporting a malformed date.
    mutating func date(_ text: Located<String>?) -> PartialDate? {
        guard let text else { return nil }
        do {
            return try PartialDate(parsing: text.value)
        } catch {
            self.error(text.location, error.description, hint: "for example 2015, 2021-05 or 2021-05-26")
            return nil
        }
    }

    /// The validity, or `nil` after reporting a problem.
    mutating func checkValidity(start: Located<String>?, end: Located<String>?) -> Validity? {
        let startDate = date(start)
        let endDate = date(end)
        if (start != nil && startDate == nil) || (end != nil && endDate == nil) { return nil }
        if let startDate, let endDate, startDate.firstDay > endDate.lastDay {
            error(start?.location, "start \(startDate) is after end \(endDate)",
                hint: "swap the dates or correct one of them")
            return nil
        }
        return Validity(start: startDate, end: endDate)
    }

    /// The citations, or `nil` after reporting a problem with one of them. None when one is
    /// `required` is a warning, not an error: a planner sketches a network first and cites
    /// later; `validate --strict` (which the shipped data passes) makes it an error.
    mutating func checkCitations(
        _ citations: [CitationRecord], of what: @autoclosure () -> String, at location: FileLocation?,
        required: Bool, requireKnownDocument: Bool
    ) -> [Citation]? {
        if citations.isEmpty {
            if required {
                warning(location, "\(what()) has no source",
                    hint: "add 'sources:' with a document id ('doc:') and a short verbatim quote")
            }
            return []
        }
        var result: [Citation] = []
        var ok = true
        for citation in citations {
            guard let document = citation.document, !document.value.isBlank else {
                error(citation.location ?? location, "\(what()) cites no document",
                    hint: "add 'doc:' with the id of a document in sources.yaml")
                ok = false
                continue
            }
            let id = DocumentID(document.value)
            if documentIDs.contains(id) {
                let unquoted = citation.quote.map { $0.value.isBlank } ?? true
                if unquoted, referenceIDs.contains(id) {
                    // A reference page is cited for what it states, without a quote.
                    diagnostics.append(Diagnostic(
                        .note, at: citation.location ?? location,
                        "\(what()) cites the reference '\(document.value)' without a quote"))
                    result.append(Citation(document: id, quote: nil))
                    continue
                }
                if requireKnownDocument, unquoted {
                    error(citation.location ?? location, "\(what()) cites '\(document.value)' without a quote",
                        hint: "add 'quote:' with a short verbatim excerpt that shows the fact")
                    ok = false
                    continue
                }
                result.append(Citation(document: id, quote: citation.quote?.value))
            } else if requireKnownDocument {
                let known = documentIDs.map(\.rawValue)
                error(document.location,
                    "unknown document '\(document.value)'\(Suggestions.didYouMean(document.value, among: known))",
                    hint: "add the document to sources.yaml, or correct the id")
                ok = false
            } else {
                result.append(Citation(reference: document.value, quote: citation.quote?.value))
            }
        }
        return ok ? result : nil
    }
}

extension String {
    /// Whether the text is empty or white space only.
    @inline(__always)
    package var isBlank: Bool {
        // Most texts start with a printable ASCII character.
        if let first = utf8.first, first > 0x20, first < 0x7F { return false }
        return isWhiteSpaceOnly
    }

    /// Whether every byte of the text is ASCII.
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    package var isASCII: Bool {
        var text = self
        return text.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 } }
    }

    /// Whether every character is white space (true for no characters).
    private var isWhiteSpaceOnly: Bool {
        for scalar in unicodeScalars {
            if scalar.isASCII {
                // ASCII white space: tab, line feed, vertical tab, form feed, carriage return, space.
                if scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) { continue }
                return false
            }
            if !scalar.properties.isWhitespace { return false }
        }
        return true
    }
}
