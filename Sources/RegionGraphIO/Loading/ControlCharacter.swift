import RegionGraph

/// The control characters no value in the data may hold: everything in C0 but tab and line
/// feed (a carriage return only before a line feed), DEL, and the C1 controls. However a value
/// was written — raw bytes, a YAML escape such as `"\x1b"`, a spreadsheet cell — such a
/// character is an error at the value, so every export writes the same text.
///
/// ```swift
/// ControlCharacter.first(in: Array("Sel\u{1B}skap".utf8))   // U+001B
/// ```
enum ControlCharacter {
    /// The first forbidden control character in UTF-8 `bytes`, or `nil`.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func first(in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = 0
        let count = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index < count {
            // Eight bytes at a time while none is below 0x20, 0x7F or 0xC2 (which begins
            // U+0080 … U+009F): most text has none.
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let below = (word &- 0x20 &* ones) & ~word & highs
                let delete = word ^ (0x7F &* ones)
                let c2 = word ^ (0xC2 &* ones)
                if below | ((delete &- ones) & ~delete & highs) | ((c2 &- ones) & ~c2 & highs) == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x20 {
                let allowed = byte == 0x09 || byte == 0x0A || (byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A)
                if !allowed { return Unicode.Scalar(byte) }
            } else if byte == 0x7F {
                return Unicode.Scalar(byte)
            } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) {
                return Unicode.Scalar(UInt32(bytes[index + 1]))
            }
            index += 1
        }
        return nil
    }

    /// ``first(in:)`` for a text.
    static func first(in text: String) -> Unicode.Scalar? {
        var text = text
        return text.withUTF8 { first(in: $0) }
    }

    /// The message for a value holding `scalar`: "… holds a control character (U+001B)".
    static func problem(_ scalar: Unicode.Scalar, in what: String) -> String {
        "\(what) holds a control character (U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)))"
    }

    static let hint = "remove it: a value may hold tabs and line breaks, but no other control characters"
}

extension String {
    /// The text with zeros before it up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
