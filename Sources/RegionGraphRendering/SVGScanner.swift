/// A small hand-written XML scanner, enough for the SVG Graphviz writes: start and end tags,
/// attributes, character data, entities and character references, comments, CDATA sections,
/// processing instructions and a DOCTYPE. It checks well-formedness as far as the measurement
/// depends on it (tags nest and match, attributes are quoted and unique, entities are complete)
/// and reports the first problem with its line.
///
/// Named entities beyond XML's five are decoded for a few common HTML ones that Graphviz passes
/// through from labels (`&nbsp;`, `&ndash;`, `&oslash;`, …); any other name stands for one
/// unknown character (U+FFFD), so that a label's length still counts it.
struct SVGScanner {
    private let bytes: [UInt8]
    private var index = 0
    /// The last offset a line was counted to, and its line, so that counting stays linear.
    private var counted = (offset: 0, line: 1)

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Reads every element. See ``SVGDocument/init(parsing:)``.
    mutating func elements() throws -> [SVGDocument.Element] {
        var elements: [SVGDocument.Element] = []
        var open: [Int] = []
        var textOwners: [Int] = []
        var rootClosed = false
        while index < bytes.count {
            let start = index
            if bytes[index] != UInt8(ascii: "<") {
                while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
                if let owner = textOwners.last {
                    elements[owner].text += try decoded(start..<index)
                } else if open.isEmpty, !bytes[start..<index].allSatisfy(Self.isWhitespace) {
                    throw error(at: start, "text outside the root element")
                }
            } else if hasPrefix("<!--") {
                try skip(past: "-->", what: "comment", from: start)
            } else if hasPrefix("<![CDATA[") {
                guard !open.isEmpty else { throw error(at: start, "a CDATA section outside the root element") }
                index += 9
                let content = index
                try skip(past: "]]>", what: "CDATA section", from: start)
                if let owner = textOwners.last {
                    elements[owner].text += String(decoding: bytes[content..<(index - 3)], as: UTF8.self)
                }
            } else if hasPrefix("<?") {
                try skip(past: "?>", what: "processing instruction", from: start)
            } else if hasPrefix("<!") {
                guard elements.isEmpty else { throw error(at: start, "a declaration inside the document") }
                try skipDeclaration(from: start)
            } else if hasPrefix("</") {
                index += 2
                let name = try self.name(at: start)
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
                    throw error(at: start, "the end tag </\(name) is not closed")
                }
                index += 1
                guard let top = open.last else { throw error(at: start, "the end tag </\(name)> closes nothing") }
                guard elements[top].name == name else {
                    throw error(at: start, "the end tag </\(name)> does not close <\(elements[top].name)> "
                        + "from line \(elements[top].line)")
                }
                open.removeLast()
                if textOwners.last == top { textOwners.removeLast() }
                rootClosed = open.isEmpty
            } else {
                guard !rootClosed else { throw error(at: start, "an element after the root element") }
                index += 1
                let name = try self.name(at: start)
                let (attributes, isEmpty) = try self.attributes(of: name, at: start)
                elements.append(
                    SVGDocument.Element(name: name, attributes: attributes, parent: open.last, line: line(at: start)))
                let element = elements.count - 1
                let local = elements[element].localName
                if isEmpty {
                    rootClosed = open.isEmpty
                } else {
                    open.append(element)
                    if local == "text" || local == "title" { textOwners.append(element) }
                }
            }
        }
        if let top = open.last {
            throw error(at: bytes.count, "<\(elements[top].name)> from line \(elements[top].line) is never closed")
        }
        guard !elements.isEmpty else { throw SVGReadError(line: nil, problem: "no element: this is not an SVG text") }
        return elements
    }

    // MARK: - Tags

    /// Reads a name at `index`.
    private mutating func name(at tag: Int) throws -> String {
        let start = index
        while index < bytes.count, Self.isNameByte(bytes[index], first: index == start) { index += 1 }
        guard index > start else { throw error(at: tag, "a tag without a name") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// Reads the attributes of a start tag up to and including its `>` or `/>`.
    private mutating func attributes(of element: String, at tag: Int) throws -> ([String: String], isEmpty: Bool) {
        var attributes: [String: String] = [:]
        while true {
            let before = index
            skipWhitespace()
            guard index < bytes.count else { throw error(at: tag, "the tag <\(element) is not closed") }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                return (attributes, false)
            }
            if hasPrefix("/>") {
                index += 2
                return (attributes, true)
            }
            guard index > before, Self.isNameByte(bytes[index], first: true) else {
                throw error(at: index, "unexpected '\(Self.shown(bytes[index]))' in the tag <\(element)")
            }
            let name = try self.name(at: tag)
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                throw error(at: index, "the attribute \(name) of <\(element)> has no value")
            }
            index += 1
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw error(at: index, "the value of \(name) in <\(element)> is not quoted")
            }
            let quote = bytes[index]
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != quote {
                guard bytes[index] != UInt8(ascii: "<") else {
                    throw error(at: index, "'<' in the value of \(name) in <\(element)>")
                }
                index += 1
            }
            guard index < bytes.count else { throw error(at: start, "the value of \(name) in <\(element)> is not closed") }
            let value = try decoded(start..<index)
            index += 1
            guard attributes.updateValue(value, forKey: name) == nil else {
                throw error(at: start, "the attribute \(name) appears twice in <\(element)>")
            }
        }
    }

    // MARK: - Character data

    /// The bytes in `range` as text, entities and character references decoded.
    private func decoded(_ range: Range<Int>) throws -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else { return String(decoding: bytes[range], as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                position += 1
                continue
            }
            let nameStart = position + 1
            var end = nameStart
            while end < range.upperBound, end - nameStart <= 32, bytes[end] != UInt8(ascii: ";") { end += 1 }
            guard end < range.upperBound, bytes[end] == UInt8(ascii: ";"), end > nameStart else {
                throw error(at: position, "an '&' that does not start an entity (write &amp;)")
            }
            let name = String(decoding: bytes[nameStart..<end], as: UTF8.self)
            guard let scalar = Self.scalar(ofEntity: name) else {
                throw error(at: position, "the character reference &\(name); names no character")
            }
            output.append(contentsOf: String(Character(scalar)).utf8)
            position = end + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The character an entity or character reference (without `&` and `;`) stands for; `nil`
    /// for a malformed character reference.
    private static func scalar(ofEntity name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") {
            return name.dropFirst().allSatisfy(\.isASCII) ? UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) : nil
        }
        return namedEntities[name] ?? "\u{FFFD}"
    }

    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "nbsp": "\u{A0}", "shy": "\u{AD}", "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}",
        "laquo": "\u{AB}", "raquo": "\u{BB}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "middot": "\u{B7}", "bull": "\u{2022}", "deg": "\u{B0}", "copy": "\u{A9}",
        "euro": "\u{20AC}", "times": "\u{D7}", "rarr": "\u{2192}", "larr": "\u{2190}",
        "aelig": "\u{E6}", "AElig": "\u{C6}", "oslash": "\u{F8}", "Oslash": "\u{D8}", "aring": "\u{E5}",
        "Aring": "\u{C5}",
    ]

    // MARK: - Skipping

    private mutating func skip(past end: String, what: String, from start: Int) throws {
        let end = Array(end.utf8)
        while index + end.count <= bytes.count {
            if bytes[index..<(index + end.count)].elementsEqual(end) {
                index += end.count
                return
            }
            index += 1
        }
        throw error(at: start, "the \(what) is not closed")
    }

    /// Skips `<!DOCTYPE …>`, with any internal subset in brackets and quoted literals.
    private mutating func skipDeclaration(from start: Int) throws {
        var depth = 0
        var quote: UInt8?
        index += 2
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth -= 1
            } else if byte == UInt8(ascii: ">"), depth <= 0 {
                return
            }
        }
        throw error(at: start, "the declaration is not closed")
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
    }

    private func hasPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { bytes[index..<(index + count)].elementsEqual($0) }
    }

    // MARK: - Bytes and lines

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "_"), UInt8(ascii: ":"), 0x80...:
            true
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
            !first
        default:
            false
        }
    }

    private static func shown(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : "byte \(byte)"
    }

    /// The line of the byte at `offset`.
    private mutating func line(at offset: Int) -> Int {
        if offset < counted.offset { counted = (0, 1) }
        let end = min(offset, bytes.count)
        counted.line += bytes[counted.offset..<end].lazy.filter { $0 == 0x0A }.count
        counted.offset = end
        return counted.line
    }

    private func error(at offset: Int, _ problem: String) -> SVGReadError {
        var copy = self
        return SVGReadError(line: copy.line(at: offset), problem: problem)
    }
}
