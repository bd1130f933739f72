import Foundation

/// Text keys for matching and sorting names the way Norwegian users expect.
///
/// ```swift
/// TextFolding.matchKey("Røros")                  // "roros"
/// TextFolding.looseKey("Roeros")                  // "roros"
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
        // Built as UTF-8 bytes: appending to a string's scalar view may copy the whole string
        // each time, which made a long description quadratic.
        var result = KeyBytes()
        result.bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            // ASCII, most of every name, folds without Foundation's decomposition.
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    result.append(ascii: value)
                } else if (0x41...0x5A).contains(value) {
                    result.append(ascii: value + 0x20)
                } else {
                    result.pendingSpace = true
                }
                continue
            }
            if let letters = commonLetters[scalar] {
                for letter in letters.utf8 { result.append(ascii: letter) }
                continue
            }
            fold(scalar, into: &result)
        }
        return String(decoding: result.bytes, as: UTF8.self)
    }

    /// The key a name matches on as typed without Norwegian letters: the ``matchKey(_:)`` with
    /// `oe` read as `ø` and `aa` as `å` (both fold to one letter); `ae` already stands for `æ`.
    ///
    /// `"Roeros"`, `"Røros"` and `"RØROS"` all fold to `"roros"`, `"Holtaalen"` to `"holtalen"`,
    /// `"Aafjord"` to `"afjord"`. Different names may share this key, so an exact
    /// ``matchKey(_:)`` should be preferred where both match.
    ///
    /// ```swift
    /// TextFolding.looseKey("Holtaalen") == TextFolding.looseKey("Holtålen")   // true
    /// ```
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func looseKey(_ text: String) -> String {
        looseKey(ofMatchKey: matchKey(text))
    }

    /// The ``looseKey(_:)`` of a text whose ``matchKey(_:)`` is `key`.
    ///
    /// - Complexity: O(*n*) in the length of `key`.
    static func looseKey(ofMatchKey key: String) -> String {
        let a: UInt8 = 0x61, e: UInt8 = 0x65, o: UInt8 = 0x6F
        var result: [UInt8] = []
        result.reserveCapacity(key.utf8.count)
        var iterator = key.utf8.makeIterator()
        var current = iterator.next()
        while let byte = current {
            let next = iterator.next()
            result.append(byte)
            if (byte == a && next == a) || (byte == o && next == e) {
                // "aa" → "a", "oe" → "o": the second letter is dropped.
                current = iterator.next()
            } else {
                current = next
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A match key being built: its UTF-8 bytes, and whether a space is due before the next
    /// letter (runs of spaces and punctuation fold to one, and none leads).
    private struct KeyBytes {
        var bytes: [UInt8] = []
        var pendingSpace = false

        mutating func append(ascii byte: UInt8) {
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte)
        }

        mutating func append(_ scalar: Unicode.Scalar) {
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// The Norwegian and South Sami letters names hold most often, folded.
    private static let commonLetters: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "å": "a", "Å": "a", "æ": "ae", "Æ": "ae", "ï": "i", "Ï": "i",
        "é": "e", "É": "e", "ä": "a", "Ä": "a", "ö": "o", "Ö": "o", "ü": "u", "Ü": "u",
    ]

    /// Folds one non-ASCII scalar: lower-cased, decomposed, marks dropped, Nordic letters spelled
    /// out.
    private static func fold(_ original: Unicode.Scalar, into result: inout KeyBytes) {
        for scalar in String(original).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { continue }
            if properties.isAlphabetic || properties.numericType != nil {
                switch scalar {
                case "ø": result.append("o")
                case "æ": result.append(ascii: 0x61); result.append(ascii: 0x65)
                case "ß": result.append(ascii: 0x73); result.append(ascii: 0x73)
                case "đ": result.append("d")
                case "ŋ": result.append("n")
                case "ŧ": result.append("t")
                default: result.append(scalar)
                }
            } else {
                result.pendingSpace = true
            }
        }
    }

    /// The key names sort by: Norwegian alphabetical order (… x y z æ ø å), case and other
    /// diacritics ignored; ties broken by the text's Unicode scalars so the order is total.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    static func sortKey(_ text: String) -> [UInt32] {
        simpleSortKey(text) ?? decomposedSortKey(text)
    }

    /// ``sortKey(_:)`` of a text of ASCII and the letters of Latin-1 (either case: æ ø å ä ö,
    /// the South Sami ï, é and the like) only, made without decomposing it: nearly every name.
    /// `nil` for any other text.
    static func simpleSortKey(_ text: String) -> [UInt32]? {
        var key: [UInt32] = []
        key.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: key.append(scalar.value + 0x20)  // A–Z
            case 0..<0x80: key.append(scalar.value)
            case 0xC6, 0xE6, 0xC4, 0xE4: key.append(0x7B)  // Æ æ Ä ä
            case 0xD8, 0xF8, 0xD6, 0xF6: key.append(0x7C)  // Ø ø Ö ö
            case 0xC5, 0xE5: key.append(0x7D)  // Å å
            // Other letters with marks sort as the letter without them.
            case 0xC0...0xC3, 0xE0...0xE3: key.append(0x61)  // À Á Â Ã
            case 0xC7, 0xE7: key.append(0x63)  // Ç
            case 0xC8...0xCB, 0xE8...0xEB: key.append(0x65)  // È É Ê Ë
            case 0xCC...0xCF, 0xEC...0xEF: key.append(0x69)  // Ì Í Î Ï
            case 0xD1, 0xF1: key.append(0x6E)  // Ñ
            case 0xD2...0xD5, 0xF2...0xF5: key.append(0x6F)  // Ò Ó Ô Õ
            case 0xD9...0xDC, 0xF9...0xFC: key.append(0x75)  // Ù Ú Û Ü
            case 0xDD, 0xFD, 0xFF: key.append(0x79)  // Ý ý ÿ
            default: return nil
            }
        }
        return key
    }

    /// ``sortKey(_:)`` of any text: lower-cased and decomposed, its marks dropped but for å, ä
    /// and ö.
    static func decomposedSortKey(_ text: String) -> [UInt32] {
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

    /// Whether `text` contains `key`, compared byte for byte in UTF-8 (two match keys compare
    /// so, since folding leaves nothing to normalise).
    ///
    /// ```swift
    /// TextFolding.contains(TextFolding.matchKey("Røros kommune"), "kommune")   // true
    /// ```
    ///
    /// - Complexity: O(*n* + *m*) for a text of *n* bytes and a key of *m* (Knuth–Morris–Pratt),
    ///   so a description of millions of characters costs no more than reading it.
    public static func contains(_ text: String, _ key: String) -> Bool {
        let needle = Array(key.utf8)
        guard !needle.isEmpty else { return true }
        // failure[i]: the length of the longest proper border of needle[0...i].
        var failure = [Int](repeating: 0, count: needle.count)
        var border = 0
        for index in 1..<max(needle.count, 1) {
            while border > 0 && needle[index] != needle[border] { border = failure[border - 1] }
            if needle[index] == needle[border] { border += 1 }
            failure[index] = border
        }
        var matched = 0
        for byte in text.utf8 {
            while matched > 0 && byte != needle[matched] { matched = failure[matched - 1] }
            if byte == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
        }
        return false
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

    /// `items` in the order of ``byName(_:_:)`` of their entities, items of the same entity in
    /// the order of `tie`: what `items.sorted` with those comparisons gives, with each name's
    /// sort key made once rather than at every comparison.
    ///
    /// - Complexity: O(*n* log *n*) comparisons and *n* sort keys.
    static func sortedByName<Item>(
        _ items: [Item], entity: (Item) -> Entity, tie: (Item, Item) -> Bool = { _, _ in false }
    ) -> [Item] {
        // Each item's id, name and key taken out once: the comparisons copy no entity.
        let ids = items.map { entity($0).id }
        let names = items.map { entity($0).name }
        let keys = names.map(TextFolding.sortKey)
        let order = items.indices.sorted { a, b in
            if ids[a] == ids[b] { return tie(items[a], items[b]) }
            // Names with different keys differ (names that are one text spelled two ways have
            // one key): the keys decide, and the names are not compared as `String`s, which is
            // slow for names that are not ASCII.
            if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
            if names[a] != names[b] {
                return names[a].unicodeScalars.lexicographicallyPrecedes(names[b].unicodeScalars)
            }
            return ids[a] < ids[b]
        }
        return order.map { items[$0] }
    }

    /// `entities` in the order of ``byName(_:_:)``, each name's sort key worked out once rather
    /// than at every comparison: for long lists.
    ///
    /// ```swift
    /// Entity.sortedByName(network.entities).map(\.name)   // ["Alvdal kommune", …, "Åfjord kommune"]
    /// ```
    ///
    /// - Complexity: O(*n* log *n*) comparisons of keys, *n* foldings.
    public static func sortedByName(_ entities: [Entity]) -> [Entity] {
        sortedByName(entities, entity: { $0 })
    }
}
