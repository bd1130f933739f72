import RegionGraph

extension Report {
    /// The marks of a matrix cell's relations (``RelationType/mark(in:)``), each once, sorted.
    static func mark(_ relations: [Relation], in language: Language) -> String {
        Set(relations.map { $0.type.mark(in: language) }).sorted().joined()
    }

    /// The membership matrix (``Network/membershipMatrix(rows:columns:types:)``).
    ///
    /// In text the columns are numbered and named in a key below the table, so the table
    /// fits a terminal; CSV and Markdown carry the full names in the header.
    public static func matrix(
        _ matrix: MembershipMatrix, in network: Network, format: OutputFormat, language: Language = .english
    ) -> Report {
        let numbered = format == .text
        let columnTitles = matrix.columns.enumerated().map { index, column in
            numbered ? String(index + 1) : column.shortName ?? column.name
        }
        let usedMarks = Set(matrix.cells.flatMap { $0.flatMap { $0.map(\.type) } })
        let legend = RelationType.allCases.filter(usedMarks.contains).map {
            "\($0.mark(in: language)) = \($0.label(in: language))"
        }
        var footer = [language.text(en: "Marks: ", nb: "Merker: ") + legend.joined(separator: ", ")]
        if numbered {
            footer += [language.text(en: "Columns:", nb: "Kolonner:")] + matrix.columns.enumerated().map { index, column in
                "  \(String(index + 1).leftPadded(to: String(matrix.columns.count).count)). \(column.name) (\(column.kind.label(in: language)), \(column.id))"
            }
        }
        let rows = matrix.rows.enumerated().map { rowIndex, row in
            let cells = matrix.cells[rowIndex]
            let memberships: [JSONValue] = zip(matrix.columns, cells).flatMap { column, relations in
                relations.map { relation in
                    entityObject(column, extra: relationFields(relation, in: network))
                }
            }
            return Row(
                cells: [row.name] + cells.map { mark($0, in: language) },
                sources: citationLines(cells.flatMap { $0.flatMap(\.citations) }, in: network, language: language),
                object: entityObject(row, extra: [("memberships", .array(memberships))]))
        }
        var report = Report(
            title: language.text(en: "Membership matrix", nb: "Medlemskapsmatrise")
                + ": \(matrix.rows.count) × \(matrix.columns.count)",
            columns: [numbered ? "" : language.text(en: "Name", nb: "Navn")] + columnTitles,
            rows: rows,
            footer: footer)
        report.language = language
        return report
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
