import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
@testable import RegionGraphSite
import RegionGraphTestSupport

/// Reports built in memory for the tests, and what the tests read in their HTML.
enum SiteFixture {
    /// Every file of `site`'s folder report, by path.
    static func files(of site: ReportSite) -> [String: String] {
        var result: [String: String] = [:]
        site.files { file in result[file.name] = String(decoding: file.bytes, as: UTF8.self) }
        return result
    }

    /// The shipped data's report with a few diagrams (drawn in this process), no standard views.
    static func shippedSite(language: Language = .bokmal, singleFile: Bool = false, diagrams: Int = 3) throws -> ReportSite {
        ReportSite(
            network: try ExportFixture.shippedNetwork(), views: [],
            options: ReportOptions(language: language, singleFile: singleFile, maximumEntityDiagrams: diagrams))
    }

    /// The hostile network's report, every entity drawn.
    static func hostileSite(singleFile: Bool = false) -> ReportSite {
        ReportSite(
            network: ExportFixture.hostileInCode, views: [],
            options: ReportOptions(language: .english, singleFile: singleFile))
    }

    /// A tag of an HTML page: its name and attributes as written (values still escaped).
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
    }

    /// Every start tag in `html`. A `<` followed by a letter starts a tag, since the report
    /// escapes every `<` of text; a script's or JSON block's content is skipped.
    static func tags(in html: String) -> [Tag] {
        var tags: [Tag] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ":" || scalar == "_"
        }
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic,
                  scalars[index + 1].isASCII
            else {
                index += 1
                continue
            }
            index += 1
            var name = ""
            while index < scalars.count, isNameScalar(scalars[index]) { name.unicodeScalars.append(scalars[index]); index += 1 }
            var attributes: [(String, String)] = []
            while index < scalars.count, scalars[index] != ">" {
                if scalars[index].properties.isWhitespace || scalars[index] == "/" { index += 1; continue }
                var attribute = ""
                while index < scalars.count, isNameScalar(scalars[index]) { attribute.unicodeScalars.append(scalars[index]); index += 1 }
                if attribute.isEmpty { index += 1; continue }
                var value = ""
                if index < scalars.count, scalars[index] == "=" {
                    index += 1
                    let quote = scalars[index]
                    index += 1
                    while index < scalars.count, scalars[index] != quote { value.unicodeScalars.append(scalars[index]); index += 1 }
                    index += 1
                }
                attributes.append((attribute.lowercased(), value))
            }
            tags.append(Tag(name: name.lowercased(), attributes: attributes))
            if name.lowercased() == "script" || name.lowercased() == "style",
               let end = html.unicodeScalars[html.unicodeScalars.index(html.unicodeScalars.startIndex, offsetBy: index)...]
                .firstRange(of: "</\(name)".unicodeScalars)
            {
                index = html.unicodeScalars.distance(from: html.unicodeScalars.startIndex, to: end.lowerBound)
            }
        }
        return tags
    }
}
