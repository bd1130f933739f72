import RegionGraphTestSupport
import Testing
@testable import RegionGraphIO

/// The escapes the streamed exports write byte by byte agree, on random text of the characters
/// that matter, with the rules stated character by character.
@Suite struct ExportEscapingTests {
    /// Characters that are escaped, left out, or look like them in UTF-8.
    static let alphabet: [Unicode.Scalar] = [
        "a", "Z", "0", " ", "&", "<", ">", "\"", "'", "\\", ",", "\t", "\n", "\r", "\u{0}", "\u{1}", "\u{8}", "\u{B}",
        "\u{1F}", "\u{7F}", "\u{85}", "å", "ø", "ï", "\u{301}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{202E}",
        "\u{E000}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{10000}", "👩", "\u{10FFFF}", "\u{2027}", "\u{202A}",
        "\u{FFBE}", "\u{EFBF}",
    ]

    static func texts() -> [String] {
        var random = SplitMix64(seed: 17)
        return (0..<2_000).map { _ in
            var text = String.UnicodeScalarView()
            for _ in 0..<random.below(24) { text.append(alphabet[random.below(alphabet.count)]) }
            return String(text)
        }
    }

    /// XML 1.0 text, character by character.
    static func xmlReference(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars where XMLText.isAllowed(scalar) {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A JSON string literal, character by character.
    static func jsonReference(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// A CSV field, character by character.
    static func csvReference(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { result += "\"" }
            result.unicodeScalars.append(scalar)
        }
        return result + "\""
    }

    @Test func xmlEscapesAgreeWithTheRules() {
        for text in Self.texts() {
            #expect(XMLText.escaped(text) == Self.xmlReference(text, inAttribute: false))
            #expect(XMLText.escaped(text, inAttribute: true) == Self.xmlReference(text, inAttribute: true))
        }
    }

    @Test func jsonStringsAgreeWithTheRules() {
        for text in Self.texts() {
            #expect(JSONValue.string(text).compactSerialized() == Self.jsonReference(text))
        }
    }

    @Test func csvFieldsAgreeWithTheRules() {
        for text in Self.texts() {
            #expect(CSVText.field(text) == Self.csvReference(text))
        }
    }
}
