import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The shared strings of a workbook (`xl/sharedStrings.xml`): the texts cells of type `s`
/// refer to by index. A string may be plain (`<si><t>…</t></si>`) or rich text in runs
/// (`<si><r><rPr>…</rPr><t>Rø</t></r><r><t>ros</t></r></si>`), whose texts are joined;
/// phonetic guides (`<rPh>`) are not part of the text.
///
/// ```swift
/// let strings = try WorkbookSharedStrings(data, part: "xl/sharedStrings.xml")
/// strings.texts[0]   // "Røros"
/// ```
struct WorkbookSharedStrings {
    private(set) var texts: [String] = []

    /// None: a workbook whose cells hold no shared strings.
    init() {}

    init(_ data: Data, part: String) throws(WorkbookError) {
        let reader = Reader()
        try WorkbookXML.parse(data, part: part, with: reader)
        texts = reader.texts
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var texts: [String] = []
        private var current: String?
        private var inText = false
        private var phoneticDepth = 0

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            switch WorkbookXML.localName(elementName) {
            case "si": current = ""
            case "rPh": phoneticDepth += 1
            case "t": inText = current != nil && phoneticDepth == 0
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            switch WorkbookXML.localName(elementName) {
            case "si":
                texts.append(WorkbookText.decoded(current ?? ""))
                current = nil
            case "rPh": phoneticDepth -= 1
            case "t": inText = false
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current? += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if inText { current? += String(decoding: CDATABlock, as: UTF8.self) }
        }
    }
}
