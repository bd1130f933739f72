import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reading a workbook's XML parts with Foundation's `XMLParser`: namespaces are matched by
/// local name (`x:row` is `row`, `r:id` is `id`), so files from any writer read alike, and a
/// part with a document type declaration is refused (no workbook has one, and entities could
/// make a small part expand without end).
///
/// ```swift
/// try WorkbookXML.parse(data, part: "xl/sharedStrings.xml", with: delegate)
/// ```
enum WorkbookXML {
    /// Parses `data` with `delegate`.
    ///
    /// - Throws: ``WorkbookError/malformedXML(part:line:reason:)`` when it is not well-formed.
    static func parse(_ data: Data, part: String, with delegate: some XMLParserDelegate) throws(WorkbookError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw .malformedXML(part: part, line: 1, reason: "a workbook's XML has no document type declaration")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse() else {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
            throw .malformedXML(part: part, line: max(1, parser.lineNumber), reason: reason)
        }
    }

    /// A name without its namespace prefix: `x:row` → `row`.
    static func localName(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return name[...] }
        return name[name.index(after: colon)...]
    }

    /// The value of the attribute whose local name is `name`.
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { localName($0.key) == name }?.value
    }
}
