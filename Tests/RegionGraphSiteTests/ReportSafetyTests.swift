import Foundation
import RegionGraph
import RegionGraphIO
@testable import RegionGraphSite
import RegionGraphTestSupport
import Testing

/// Text from the data can never become markup, script or a request.
@Suite struct ReportSafetyTests {
    @Test func escapingLeavesNoMarkupCharacter() {
        #expect(HTML.escape(#"<b a="1">'x' & y</b>"#) == "&lt;b a=&quot;1&quot;&gt;&#39;x&#39; &amp; y&lt;/b&gt;")
        #expect(HTML.escape("a\u{0}b\u{1B}c\u{7F}d\u{85}e\u{FFFE}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}")
        #expect(HTML.escape("line\nnext\ttab") == "line\nnext\ttab")
        #expect(HTML.scriptData(#"["</script><!--"]"#) == #"["\u003c/script>\u003c!--"]"#)
    }

    @Test(arguments: [false, true]) func hostileTextStaysText(singleFile: Bool) throws {
        let site = SiteFixture.hostileSite(singleFile: singleFile)
        let pages = singleFile ? ["report.html": String(decoding: site.singlePage(), as: UTF8.self)] : SiteFixture.files(of: site)
        let html = pages.filter { $0.key.hasSuffix(".html") }
        #expect(!html.isEmpty)
        for (path, text) in html {
            // The hostile names as written would open tags, comments or attributes.
            for raw in ["<b>&amp;</b>", "<!-- \\ back", "<Norge>", "\u{0}", "\u{1B}"] {
                #expect(!text.contains(raw), "\(path) holds \(raw.debugDescription) unescaped")
            }
            // Only the report's own scripts: the search data on the index, the script.
            let scripts = SiteFixture.tags(in: text).filter { $0.name == "script" }
            #expect(scripts.count == (text.contains("id=\"search-data\"") ? 2 : 1), "\(path)")
        }
        let index = try #require(html[singleFile ? "report.html" : "index.html"])
        #expect(index.contains("&lt;b&gt;&amp;amp;&lt;/b&gt;"))
        // The search data is JSON a "</script>" inside a name cannot end.
        let data = try #require(index.range(of: "id=\"search-data\">")).upperBound
        let end = try #require(index[data...].range(of: "</script>")).lowerBound
        #expect(try JSONSerialization.jsonObject(with: Data(index[data..<end].utf8)) is [Any])
    }

    /// Every page: a Content-Security-Policy that allows nothing from elsewhere, no event
    /// handler attributes, no resource or link outside the report.
    @Test(arguments: [false, true]) func pagesLoadNothingAndRunNothingElse(singleFile: Bool) throws {
        for site in [SiteFixture.hostileSite(singleFile: singleFile), try SiteFixture.shippedSite(singleFile: singleFile)] {
            let pages = singleFile
                ? ["report.html": String(decoding: site.singlePage(), as: UTF8.self)]
                : SiteFixture.files(of: site).filter { $0.key.hasSuffix(".html") }
            for (path, text) in pages {
                let tags = SiteFixture.tags(in: text)
                let policy = tags.first { tag in tag.name == "meta" && tag.attributes.contains { $0 == ("http-equiv", "Content-Security-Policy") } }
                let content = try #require(policy?.attributes.first { $0.name == "content" }?.value, "\(path) has no CSP")
                #expect(content.hasPrefix("default-src 'none';"))
                #expect(!content.contains("unsafe-inline") && !content.contains("http"))
                for tag in tags {
                    for attribute in tag.attributes {
                        #expect(!attribute.name.hasPrefix("on"), "\(path): <\(tag.name) \(attribute.name)=…>")
                        guard ["href", "src", "xlink:href", "action", "srcset", "poster", "data"].contains(attribute.name) else { continue }
                        let value = attribute.value.lowercased()
                        #expect(!value.contains(":") && !value.hasPrefix("//"), "\(path): <\(tag.name) \(attribute.name)=\"\(value)\">")
                    }
                }
            }
        }
    }

    /// A single file's inline style and script are exactly those its policy names by hash.
    @Test func singleFileHashesMatchItsInlineStyleAndScript() throws {
        #expect(SHA256.base64Digest(Array("abc".utf8)) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
        #expect(SHA256.base64Digest([]) == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
        #expect(SHA256.base64Digest(Array(String(repeating: "a", count: 1_000).utf8)) == "Qe3s5C1j6Nm/UVqbppMuHCDLyfWl0TRkWttdsblzfqM=")
        let text = String(decoding: SiteFixture.hostileSite(singleFile: true).singlePage(), as: UTF8.self)
        let style = try #require(text.range(of: "<style>")).upperBound
        let styleEnd = try #require(text.range(of: "</style>")).lowerBound
        #expect(text.contains("style-src 'sha256-\(SHA256.base64Digest(Array(text[style..<styleEnd].utf8)))'"))
        let script = try #require(text.range(of: "<script>")).upperBound
        let scriptEnd = try #require(text[script...].range(of: "</script>")).lowerBound
        #expect(text.contains("script-src 'sha256-\(SHA256.base64Digest(Array(text[script..<scriptEnd].utf8)))'"))
    }

    @Test func oddIDsMakeSafeDistinctFileNames() {
        let ids = ["roros", "Roros", #"ipr,"<&>'"#, "../etc/passwd", "-x", "", String(repeating: "a", count: 300)]
        let slugs = ids.map { SiteLinks.slug(of: $0) }
        #expect(slugs[0] == "roros")
        #expect(Set(slugs).count == ids.count)
        for slug in slugs.dropFirst() {
            #expect(slug.hasPrefix("_") && slug.count == 17 && slug.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" })
        }
    }
}

/// The shortcut of ``HTML/escape(_:)`` for text that needs nothing.
@Suite struct EscapingShortcutTests {
    @Test(arguments: [
        "Røros kommune", "Rossen tjïelte", "þorn", "Ærø", "a & b", "<", "'", "\"", "tab\tline\nend\r",
        "a\u{0}b", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}",
        "\u{FEFF}", "\u{10FFFF}", "😀", "",
    ])
    func shortcutAgreesWithTheFullEscape(text: String) {
        #expect(HTML.needsEscaping(text) == (HTML.escape(text) != text), "\(text.debugDescription)")
    }
}
