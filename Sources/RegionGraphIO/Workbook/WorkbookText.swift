/// The escapes Office writes in a cell's text for characters XML cannot hold: `_x000D_` is a
/// carriage return, `_x0007_` a bell; a text that itself reads like an escape has its
/// underscore written as `_x005F_`.
///
/// ```swift
/// WorkbookText.decoded("a_x000D_b")      // "a\rb"
/// WorkbookText.encoded("_x0041_")        // "_x005F_x0041_"
/// WorkbookText.decoded(WorkbookText.encoded("a\u{7}b"))   // "a\u{7}b"
/// ```
enum WorkbookText {
    /// `text` with every `_xHHHH_` escape replaced by its character.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    static func decoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let escaped = escape(in: scalars, at: index) {
                result.append(escaped)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// `text` with the characters XML 1.0 cannot hold written as `_xHHHH_`, and the underscore
    /// of anything that reads like an escape as `_x005F_`, so that ``decoded(_:)`` gives `text`
    /// back.
    static func encoded(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { $0 == "_" || !XMLText.isAllowed($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "_", escape(in: scalars, at: index) != nil {
                result.append(contentsOf: "_x005F_".unicodeScalars)
            } else if !XMLText.isAllowed(scalar), scalar.value <= 0xFFFF {
                result.append(contentsOf: hexEscape(scalar.value).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The character of an escape `_xHHHH_` starting at `index`, or `nil` when none starts there.
    private static func escape(in scalars: [Unicode.Scalar], at index: Int) -> Unicode.Scalar? {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x" || scalars[index + 1] == "X",
            scalars[index + 6] == "_"
        else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[(index + 2)..<(index + 6)] {
            guard let digit = hexDigit(scalar) else { return nil }
            value = value * 16 + digit
        }
        return Unicode.Scalar(value)
    }

    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 48
        case "a"..."f": scalar.value - 87
        case "A"..."F": scalar.value - 55
        default: nil
        }
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "_"
    }
}
