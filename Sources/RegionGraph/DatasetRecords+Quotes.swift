extension DatasetRecords {
    /// Checks that every quote is verbatim in the text of the document it cites.
    ///
    /// `texts` maps document ids to the documents' full text. White space is folded on both
    /// sides (PDF text breaks lines mid-sentence); everything else must match exactly.
    /// Citations of documents without a text are not checked.
    ///
    /// ```swift
    /// let problems = records.quoteProblems(in: ["roros-samfunnsutvikling": pageText])
    /// ```
    ///
    /// The matching is ``DocumentText``'s, which also finds each quote's line.
    ///
    /// - Complexity: O(*q* × *t*) for *q* quotes and documents of length *t*.
    public func quoteProblems(in texts: [String: String]) -> [Diagnostic] {
        quoteProblems(in: texts.mapValues(DocumentText.init))
    }

    /// Checks that every quote is in the ``DocumentText`` of the document it cites.
    ///
    /// ```swift
    /// let problems = records.quoteProblems(in: ["roros-samfunnsutvikling": DocumentText(pageText)])
    /// ```
    ///
    /// - Complexity: O(*q* × *t*) for *q* quotes and documents of length *t*.
    public func quoteProblems(in folded: [String: DocumentText]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let citations = entities.flatMap(\.citations) + relations.flatMap(\.citations)
        for citation in citations {
            guard let document = citation.document?.value, let text = folded[document],
                let quote = citation.quote
            else { continue }
            if !text.contains(quote.value) {
                problems.append(.error(
                    at: quote.location ?? citation.location,
                    "the quote is not in '\(document)'",
                    hint: "copy the quote verbatim from the document; only white space may differ"))
            }
        }
        return problems.sorted()
    }
}
