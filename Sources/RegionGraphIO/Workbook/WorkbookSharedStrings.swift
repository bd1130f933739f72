import Foundation

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
        try reader.read(data, part: part)
        texts = reader.texts
    }

    private final class Reader: WorkbookXMLReader {
        var texts: [String] = []
        private var current: String?
        private var inText = false
        private var phoneticDepth = 0

        override func start(_ name: Substring, attributes: [String: String]) {
            switch name {
            case "si": current = ""
            case "rPh": phoneticDepth += 1
            case "t": inText = current != nil && phoneticDepth == 0
            default: break
            }
        }

        override func end(_ name: Substring) {
            switch name {
            case "si":
                texts.append(WorkbookText.decoded(current ?? ""))
                current = nil
            case "rPh": phoneticDepth -= 1
            case "t": inText = false
            default: break
            }
        }

        override func characters(_ text: String) {
            if inText { current? += text }
        }
    }
}
