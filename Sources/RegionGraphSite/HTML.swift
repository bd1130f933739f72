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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": bytes += Array("&amp;".utf8)
            case "<": bytes += Array("&lt;".utf8)
            case ">": bytes += Array("&gt;".utf8)
            case "\"": bytes += Array("&quot;".utf8)
            case "'": bytes += Array("&#39;".utf8)
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
