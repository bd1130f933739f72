import RegionGraph

extension ReportSite {
    /// A whole HTML page around `main`: the Content-Security-Policy, the style and script (files
    /// of the folder, or inline in a single file), a link to skip to the content, the navigation,
    /// a search form, and for the index the search data.
    func page(title: String, main: String, searchData: Bool = false) -> String {
        let style: String
        let script: String
        let policy: String
        if options.singleFile {
            let css = ReportAssets.style(in: language)
            style = "<style>\(css)</style>"
            script = "<script>\(ReportAssets.script)</script>"
            policy = "default-src 'none'; style-src 'sha256-\(SHA256.base64Digest(Array(css.utf8)))'; "
                + "script-src 'sha256-\(SHA256.base64Digest(Array(ReportAssets.script.utf8)))'; img-src data:; "
                + "base-uri 'none'; form-action 'self'"
        } else {
            style = "<link rel=\"stylesheet\" href=\"report.css\">"
            script = "<script src=\"report.js\" defer></script>"
            policy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
                + "base-uri 'none'; form-action 'self'"
        }
        let searchAction = options.singleFile ? "" : " action=\"index.html\""
        var html = """
            <!doctype html>
            <html lang="\(language == .bokmal ? "nb" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(policy)">
            <meta name="referrer" content="no-referrer">
            <title>\(HTML.escape(title))</title>
            \(style)

            """
        if searchData {
            html += "<script type=\"application/json\" id=\"search-data\">" + HTML.scriptData(searchIndex()) + "</script>\n"
        }
        html += """
            \(script)
            </head>
            <body>
            <a class="skip" href="#main">\(language.text(en: "Skip to content", nb: "Hopp til innholdet"))</a>
            <header class="site">
            <nav aria-label="\(language.text(en: "Report", nb: "Rapport"))">
            <ul>
            <li><a href="\(links.page("index"))">\(language.text(en: "Overview", nb: "Oversikt"))</a></li>
            <li><a href="\(links.page("entities"))">\(language.text(en: "All entities", nb: "Alle enheter"))</a></li>
            <li><a href="\(links.page("matrix"))">\(language.text(en: "Membership matrix", nb: "Medlemskapsmatrise"))</a></li>
            </ul>
            </nav>
            <form role="search"\(searchAction) method="get">
            <label for="q">\(language.text(en: "Search names", nb: "Søk etter navn"))</label>
            <input type="search" id="q" name="q" autocomplete="off">
            <button type="submit">\(language.text(en: "Search", nb: "Søk"))</button>
            </form>
            </header>
            <main id="main">

            """
        html += main
        html += """
            </main>
            <footer>
            <p>\(language.text(
                en: "Made with regiongraph from public documents; every fact names its source.",
                nb: "Laget med regiongraph fra offentlige dokumenter; hvert faktum oppgir kilden."))</p>
            </footer>
            </body>
            </html>

            """
        return html
    }

    /// An HTML heading of `level` (1 to 6), its text escaped.
    func heading(_ level: Int, _ text: String, id: String? = nil) -> String {
        let level = min(max(level, 1), 6)
        let anchor = id.map { " id=\"\(HTML.escape($0))\"" } ?? ""
        return "<h\(level)\(anchor)>\(HTML.escape(text))</h\(level)>\n"
    }

    /// A link to an entity's page, its name as the text.
    func entityLink(_ id: EntityID) -> String {
        entityLinks[id] ?? Self.entityLink(id, name: id.rawValue, links: links)
    }

    /// A link to the page of `id`, `name` its text.
    static func entityLink(_ id: EntityID, name: String, links: SiteLinks) -> String {
        "<a href=\"\(HTML.escape(links.entity(id)))\">\(HTML.escape(name))</a>"
    }

    /// `text` with its first letter in upper case, for a kind or relation at the start of a label.
    func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
