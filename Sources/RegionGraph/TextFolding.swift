import Foundation

/// Text keys for matching and sorting names the way Norwegian users expect.
///
/// ```swift
/// TextFolding.matchKey("Røros")                  // "roros"
/// ["Åfjord", "Ørland", "Alvdal"].sorted(by: TextFolding.precedes)
/// // ["Alvdal", "Ørland", "Åfjord"]
/// ```
public enum TextFolding {
    /// The key two names match on: lower case, without diacritics, `ø`→`o`, `æ`→`ae`, `å`→`a`,
    /// punctuation and runs of white space folded to one space.
    ///
    /// `"Røros"`, `"roros"` and `"RØROS"` all fold to `"roros"`; `"Rossen tjïelte"` to
    /// `"rossen tjielte"`.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func matchKey(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // ASCII, most of every name, folds without Foundation's decomposition.
            if scalar.isASCII {
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    if pendingSpace && !result.isEmpty { result.append(" ") }
                    pendingSpace = false
                    result.append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    if pendingSpace && !result.isEmpty { result.append(" ") }
                    pendingSpace = false
                    result.append(Unicode.Scalar(value + 0x20)!)
                } else {
                    pendingSpace = true
                }
                continue
            }
            if let letters = commonLetters[scalar] {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(contentsOf: letters.unicodeScalars)
                continue
            }
            fold(scalar, into: &result, pendingSpace: &pendingSpace)
        }
        return String(result)
    }

    /// The Norwegian and South Sami letters names hold most often, folded.
    private static let commonLetters: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "å": "a", "Å": "a", "æ": "ae", "Æ": "ae", "ï": "i", "Ï": "i",
        "é": "e", "É": "e", "ä": "a", "Ä": "a", "ö": "o", "Ö": "o", "ü": "u", "Ü": "u",
    ]

    /// Folds one non-ASCII scalar: lower-cased, decomposed, marks dropped, Nordic letters spelled
    /// out.
    private static func fold(_ original: Unicode.Scalar, into result: inout String.UnicodeScalarView, pendingSpace: inout Bool) {
        for scalar in String(original).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { continue }
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                switch scalar {
                case "ø": result.append("o")
                case "æ": result.append(contentsOf: "ae".unicodeScalars)
                case "ß": result.append(contentsOf: "ss".unicodeScalars)
                case "đ": result.append("d")
                case "ŋ": result.append("n")
                case "ŧ": result.append("t")
                default: result.append(scalar)
                }
            } else {
                pendingSpace = true
            }
        }
    }

    /// The key names sort by: Norwegian alphabetical order (… x y z æ ø å), case and other
    /// diacritics ignored; ties broken by the text's Unicode scalars so the order is total.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    static func sortKey(_ text: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark {
                // "å" decomposes to "a" + ring above: keep it apart from "a".
                if scalar == "\u{030A}", key.last == UInt32(("a" as Unicode.Scalar).value) {
                    key[key.count - 1] = 0x7D
                }
                if scalar == "\u{0308}", let last = key.last {
                    if last == UInt32(("a" as Unicode.Scalar).value) { key[key.count - 1] = 0x7B }  // ä sorts as æ
                    if last == UInt32(("o" as Unicode.Scalar).value) { key[key.count - 1] = 0x7C }  // ö sorts as ø
                }
                continue
            }
            switch scalar {
            case "æ": key.append(0x7B)
            case "ø": key.append(0x7C)
            default: key.append(scalar.value)
            }
        }
        return key
    }

    /// Orders two texts by their sort keys (Norwegian alphabetical order, case and other
    /// diacritics ignored), then by their Unicode scalars.
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let left = sortKey(lhs)
        let right = sortKey(rhs)
        if left != right { return left.lexicographicallyPrecedes(right) }
        return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }

    /// The Levenshtein distance between two strings, counted in Unicode scalars.
    ///
    /// - Complexity: O(*m* × *n*).
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension Entity {
    /// Orders entities by name in Norwegian alphabetical order (… x y z æ ø å, case and
    /// other diacritics ignored), then by id: the order every answer lists entities in.
    ///
    /// ```swift
    /// entities.sorted(by: Entity.byName)
    /// ```
    public static func byName(_ lhs: Entity, _ rhs: Entity) -> Bool {
        if lhs.name != rhs.name { return TextFolding.precedes(lhs.name, rhs.name) }
        return lhs.id < rhs.id
    }
}
