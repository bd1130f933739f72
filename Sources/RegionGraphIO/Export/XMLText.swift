/// Text made safe for XML 1.0: markup characters escaped, and characters XML 1.0 does not
/// allow (most control characters, U+FFFE, U+FFFF) left out, so no text can break a document.
///
/// In attribute values, tabs and line breaks are written as character references, since an
/// XML parser would otherwise turn them into spaces; in element content a carriage return is,
/// since a parser would otherwise turn it into a line feed.
///
/// ```swift
/// XMLText.escaped("Tom & \"Jerry\" <3")             // Tom &amp; &quot;Jerry&quot; &lt;3
/// XMLText.escaped("a\u{0}b")                        // ab
/// XMLText.escaped("two\nlines", inAttribute: true)  // two&#10;lines
/// ```
public enum XMLText {
    /// Whether XML 1.0 allows the character: tab, line feed, carriage return, U+0020–U+D7FF,
    /// U+E000–U+FFFD and U+10000–U+10FFFF.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` escaped and disallowed characters left out.
    public static func escaped(_ text: String, inAttribute: Bool = false) -> String {
        String(decoding: ByteSink.collect { write(text, inAttribute: inAttribute, to: $0) }, as: UTF8.self)
    }

    /// Writes `text` escaped as ``escaped(_:inAttribute:)`` gives it, straight into `sink`.
    ///
    /// ```swift
    /// XMLText.write("Tom & Jerry", to: sink)   // Tom &amp; Jerry
    /// ```
    ///
    /// Works on the UTF-8 bytes: what is escaped or left out is an ASCII byte, or U+FFFE and
    /// U+FFFF, whose three bytes no other character's bytes contain (a Swift string holds no
    /// surrogates); runs between them are copied as they are.
    public static func write(_ text: String, inAttribute: Bool = false, to sink: ByteSink) {
        sink.write(text) { bytes, index in
            let byte = bytes[index]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "&"): return (1, "&amp;")
                case UInt8(ascii: "<"): return (1, "&lt;")
                case UInt8(ascii: ">"): return (1, "&gt;")
                case UInt8(ascii: "\""): return (1, "&quot;")
                case UInt8(ascii: "'"): return (1, "&apos;")
                case UInt8(ascii: "\r"): return (1, "&#13;")
                case UInt8(ascii: "\n"): return inAttribute ? (1, "&#10;") : nil
                case UInt8(ascii: "\t"): return inAttribute ? (1, "&#9;") : nil
                default: return byte < 0x20 ? (1, "") : nil
                }
            }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF,
                bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF
            {
                return (3, "")
            }
            return nil
        }
    }

    /// `text` without the characters XML 1.0 does not allow: what a reader of the document
    /// gets back.
    public static func allowedPart(of text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) { result.append(scalar) }
        return String(result)
    }

    /// A name safe as an XML `NMTOKEN` (GraphML's `attr.name`): letters, digits, `.`, `-`,
    /// `_` and `:` kept, anything else replaced by `_`.
    static func nameToken(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let allowed = scalar == "." || scalar == "-" || scalar == "_" || scalar == ":"
                || (properties.isAlphabetic && isAllowed(scalar)) || ("0"..."9").contains(scalar)
            result.append(allowed ? scalar : "_")
        }
        return result.isEmpty ? "_" : String(result)
    }
}
