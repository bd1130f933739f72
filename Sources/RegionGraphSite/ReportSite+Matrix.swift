import RegionGraph

extension ReportSite {
    /// The most columns the matrix shows; past it, the columns with the most marks.
    static let maximumMatrixColumns = 60

    /// The membership matrix as a table: municipalities in rows, numbered bodies in columns
    /// (named in a key below), a letter per relation in each cell.
    func matrixSection(top: Int) -> String {
        var html = heading(top, language.text(en: "Membership matrix", nb: "Medlemskapsmatrise"))
        let matrix = network.membershipMatrix()
        guard !matrix.rows.isEmpty else {
            return html + "<p>\(language.text(en: "No memberships to show.", nb: "Ingen medlemskap å vise."))</p>\n"
        }
        var columns = Array(matrix.columns.indices)
        if columns.count > Self.maximumMatrixColumns {
            let marks = columns.map { column in matrix.rows.indices.filter { !matrix.cells[$0][column].isEmpty }.count }
            columns = columns.sorted { marks[$0] != marks[$1] ? marks[$0] > marks[$1] : $0 < $1 }
                .prefix(Self.maximumMatrixColumns).sorted()
            html += "<p class=\"note\">" + HTML.escape(language.text(
                en: "The \(columns.count) of \(matrix.columns.count) bodies with the most members are shown.",
                nb: "De \(columns.count) av \(matrix.columns.count) organene med flest medlemmer vises.")) + "</p>\n"
        }
        let types = Set(matrix.cells.flatMap { $0.flatMap { $0.map(\.type) } }).sorted()
        html += "<p>" + HTML.escape(language.text(en: "Marks: ", nb: "Merker: "))
            + types.map { "<b>\(HTML.escape($0.mark(in: language)))</b> = \(HTML.escape($0.phrase(in: language)))" }
                .joined(separator: ", ") + "</p>\n"
        html += "<div class=\"scroll\"><table class=\"matrix\">\n<caption>"
            + HTML.escape(language.text(
                en: "\(matrix.rows.count) municipalities × \(columns.count) bodies",
                nb: "\(matrix.rows.count) kommuner × \(columns.count) organer"))
            + "</caption>\n<thead><tr><th scope=\"col\">\(language.text(en: "Municipality", nb: "Kommune"))</th>"
        for (number, column) in columns.enumerated() {
            html += "<th scope=\"col\"><a href=\"\(HTML.escape(links.entity(matrix.columns[column].id)))\" "
                + "title=\"\(HTML.escape(matrix.columns[column].name))\">\(number + 1)</a></th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (row, entity) in matrix.rows.enumerated() {
            html += "<tr><th scope=\"row\">\(entityLink(entity.id))</th>"
            for column in columns {
                let cell = matrix.cells[row][column]
                let marks = Set(cell.map(\.type)).sorted()
                let words = marks.map { $0.phrase(in: language) }.joined(separator: ", ")
                html += cell.isEmpty ? "<td></td>" : "<td title=\"\(HTML.escape(words))\">"
                    + HTML.escape(marks.map { $0.mark(in: language) }.joined()) + "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n"
        html += heading(top + 1, language.text(en: "Columns", nb: "Kolonner")) + "<ol class=\"key\">\n"
        for column in columns {
            let entity = matrix.columns[column]
            html += "<li>\(entityLink(entity.id)) (\(HTML.escape(entity.kind.label(in: language))))</li>\n"
        }
        return html + "</ol>\n"
    }
}
