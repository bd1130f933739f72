import Foundation

/// Escaping for HTML: every text the report writes from the data goes through here.
///
/// Text and attribute values are escaped alike (`&`, `<`, `>`, `"`, `'`), so a value is safe in
/// element content and in a quoted attribute. Control characters that HTML does not allow (all
/// but tab, line feed and carriage return) and the noncharacters U+FFFE and U+FFFF become
/// U+FFFD, the replacement character, as a browser would show them.
///
/// ```swift
/// HTML.escape(#"Holtålen "kommune" <b>"#)   // "Holtålen &quot;kommune&quot; &lt;b&gt;"
/// "<p>" + HTML.escape(name) + "</p>"
/// ```
public enum HTML {
    /// `text` with every character that could start markup or end an attribute escaped.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func escape(_ text: String) -> String {
        // Most names and quotes need nothing: they are handed back as they are.
        if !needsEscaping(text) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": bytes.append(contentsOf: "&amp;".utf8)
            case "<": bytes.append(contentsOf: "&lt;".utf8)
            case ">": bytes.append(contentsOf: "&gt;".utf8)
            case "\"": bytes.append(contentsOf: "&quot;".utf8)
            case "'": bytes.append(contentsOf: "&#39;".utf8)
            case "\t", "\n", "\r": bytes.append(UInt8(scalar.value))
            default:
                let value = scalar.value
                let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
                let isNoncharacter = value == 0xFFFE || value == 0xFFFF
                UTF8.encode(isControl || isNoncharacter ? "\u{FFFD}" : scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether ``escape(_:)`` changes `text`: whether it holds a character that starts markup
    /// or ends an attribute, a control character other than tab, line feed and carriage
    /// return (C0, DEL or C1: `C2 80` to `C2 9F` in UTF-8), or U+FFFE or U+FFFF (`EF BF BE`,
    /// `EF BF BF`).
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`, without allocating.
    static func needsEscaping(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x7F:
                return true
            case 0x00..<0x20 where byte != 0x09 && byte != 0x0A && byte != 0x0D:
                return true
            case 0x80...0x9F where previous == 0xC2:
                return true
            case 0xBE...0xBF where previous == 0xBF && beforePrevious == 0xEF:
                return true
            default:
                break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Text for a `<script type="application/json">` block: JSON whose `<` are written
    /// `\u003c`, so no `</script>` or `<!--` inside a string can end or change the block.
    ///
    /// ```swift
    /// HTML.scriptData(#"{"name":"</script>"}"#)   // #"{"name":"\u003c/script>"}"#
    /// ```
    public static func scriptData(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
