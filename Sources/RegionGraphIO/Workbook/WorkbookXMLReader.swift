import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The base of the readers of a workbook's XML parts, over Foundation's `XMLParser`. A reader
/// overrides ``start(_:attributes:)``, ``end(_:)`` and ``characters(_:)``, which get element
/// names without their namespace prefix (`x:row` is `row`), so files from any writer read
/// alike.
///
/// A part that is not well-formed is refused (``read(_:part:)`` throws), including what
/// `XMLParser` on Linux reads in recovery mode and only reports (a mismatched or unclosed
/// element); so is a part with a document type declaration, which no workbook has and whose
/// entities could make a small part expand without end.
///
/// ```swift
/// final class Counter: WorkbookXMLReader {
///     var rows = 0
///     override func start(_ name: Substring, attributes: [String: String]) { if name == "row" { rows += 1 } }
/// }
/// let counter = Counter()
/// try counter.read(data, part: "xl/worksheets/sheet1.xml")
/// ```
class WorkbookXMLReader: NSObject, XMLParserDelegate {
    private var depth = 0
    private var sawRoot = false
    private var problem: (line: Int, reason: String)?

    /// An element starts: its local name and its attributes as written.
    func start(_ name: Substring, attributes: [String: String]) {}

    /// An element ends.
    func end(_ name: Substring) {}

    /// Text inside the current element (it may come in several pieces).
    func characters(_ text: String) {}

    /// Reads `data`, the part named `part`, calling the overrides.
    ///
    /// - Throws: ``WorkbookError/malformedXML(part:line:reason:)`` when it is not well-formed.
    final func read(_ data: Data, part: String) throws(WorkbookError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw .malformedXML(part: part, line: 1, reason: "a workbook's XML has no document type declaration")
        }
        // Handed over as a stream, which the parser reads a block at a time: given all at once,
        // a part of more than 10 MB (a national network's relations sheet) stops libxml2 at
        // its limit on one input, reported as running out of memory.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let parsed = parser.parse()
        if let problem {
            throw .malformedXML(part: part, line: problem.line, reason: problem.reason)
        }
        if !parsed || parser.parserError != nil {
            throw .malformedXML(
                part: part, line: max(1, parser.lineNumber), reason: Self.reason(parser.parserError))
        }
        if !sawRoot || depth != 0 {
            throw .malformedXML(part: part, line: max(1, parser.lineNumber), reason: "the part ends inside an element")
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

    /// What the parser's error says: its code's name (`tagNameMismatchError`).
    private static func reason(_ error: (any Error)?) -> String {
        guard let error = error as NSError? else { return "it cannot be parsed" }
        if let code = XMLParser.ErrorCode(rawValue: error.code) { return "\(code) (\(error.code))" }
        return "error \(error.code)"
    }

    // MARK: XMLParserDelegate

    final func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        sawRoot = true
        depth += 1
        start(Self.localName(elementName), attributes: attributes)
    }

    final func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        end(Self.localName(elementName))
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        characters(string)
    }

    final func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        characters(String(decoding: CDATABlock, as: UTF8.self))
    }

    final func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if problem == nil { problem = (max(1, parser.lineNumber), Self.reason(parseError)) }
        parser.abortParsing()
    }
}
