import RegionGraph

extension Report {
    /// The answer as an Excel workbook (``workbookSheets(showSources:)``, written by
    /// ``WorkbookWriter``), with the title in its properties.
    ///
    /// ```swift
    /// let bytes = try Report.members(of: council, in: network).workbook(showSources: true)
    /// try AtomicFile.write(bytes, to: "medlemmer.xlsx")
    /// ```
    ///
    /// - Throws: ``WorkbookWriter/Failure`` when the workbook cannot be made.
    public func workbook(showSources: Bool = false) throws(WorkbookWriter.Failure) -> [UInt8] {
        try WorkbookWriter.bytes(of: workbookSheets(showSources: showSources), title: title)
    }

    /// The sheets of the answer's workbook:
    ///
    /// - the table, named after the title (cut to a sheet tab's 31 characters; the whole title
    ///   is printed at the top of each page): the columns and rows CSV has, the header in row
    ///   1, and with `showSources` a `sources` column, one source a line;
    /// - `Explanation`, when the answer carries one: a row per source of each fact (`#`,
    ///   `Fact`, `Recorded at`, `Source`, `Quote`);
    /// - `Notes`: the title and the lines printed under the table (legends, counts); for an
    ///   answer that is all lines (`plan-diff`), the only sheet, named after the title.
    public func workbookSheets(showSources: Bool = false) -> [WorkbookSheet] {
        var sheets: [WorkbookSheet] = []
        let name = title ?? "Answer"
        if !columns.isEmpty {
            var table = [columns + (showSources ? ["sources"] : [])]
            for row in rows {
                table.append(row.cells + (showSources ? [row.sources.joined(separator: "\n")] : []))
            }
            sheets.append(WorkbookSheet(name: name, rows: table, printTitle: title))
        }
        if let explanation {
            sheets.append(WorkbookSheet(
                name: "Explanation", rows: Report.explanationRows(explanation),
                printTitle: "Explanation (\(Report.count(explanation.facts.count, "fact")))"))
        }
        let notes = (title.map { [$0] } ?? []) + footer
        if columns.isEmpty || !footer.isEmpty {
            sheets.append(WorkbookSheet(
                name: columns.isEmpty ? name : "Notes", rows: notes.map { [$0] }, isTable: false, printTitle: title))
        }
        return sheets
    }

    /// The explanation as a table: a header, then a row for each source of each fact (one
    /// row for a fact without a source).
    static func explanationRows(_ explanation: Explanation) -> [[String]] {
        var rows = [["#", "Fact", "Recorded at", "Source", "Quote"]]
        for (index, fact) in explanation.facts.enumerated() {
            let first = [String(index + 1), fact.sentence, fact.location?.description ?? "unknown"]
            guard !fact.sources.isEmpty else {
                rows.append(first + ["none", ""])
                continue
            }
            for source in fact.sources {
                rows.append(first + [sourceReference(source), source.citation.quote ?? ""])
            }
        }
        return rows
    }
}
