import RegionGraph

extension Report {
    /// The mark a matrix cell shows for each relation type.
    static let matrixMarks: [RelationType: String] = [
        .memberOf: "M", .owns: "O", .partOf: "P", .representedIn: "R", .boardMemberOf: "B",
        .participatesIn: "D",
    ]

    static func mark(_ relations: [Relation]) -> String {
        Set(relations.map { matrixMarks[$0.type] ?? "X" }).sorted().joined()
    }

    /// The membership matrix (``Network/membershipMatrix(rows:columns:types:)``).
    ///
    /// In text the columns are numbered and named in a key below the table, so the table
    /// fits a terminal; CSV and Markdown carry the full names in the header.
    public static func matrix(_ matrix: MembershipMatrix, in network: Network, format: OutputFormat) -> Report {
        let numbered = format == .text
        let columnTitles = matrix.columns.enumerated().map { index, column in
            numbered ? String(index + 1) : column.shortName ?? column.name
        }
        let usedMarks = Set(matrix.cells.flatMap { $0.flatMap { $0.map(\.type) } })
        let legend = RelationType.allCases.filter(usedMarks.contains).map {
            "\(matrixMarks[$0] ?? "X") = \($0.rawValue)"
        }
        var footer = ["Marks: " + legend.joined(separator: ", ")]
        if numbered {
            footer += ["Columns:"] + matrix.columns.enumerated().map { index, column in
                "  \(String(index + 1).leftPadded(to: String(matrix.columns.count).count)). \(column.name) (\(column.kind.label), \(column.id))"
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
                cells: [row.name] + cells.map(mark),
                sources: citationLines(cells.flatMap { $0.flatMap(\.citations) }, in: network),
                object: entityObject(row, extra: [("memberships", .array(memberships))]))
        }
        return Report(
            title: "Membership matrix: \(matrix.rows.count) × \(matrix.columns.count)",
            columns: [numbered ? "" : "Name"] + columnTitles,
            rows: rows,
            footer: footer)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
