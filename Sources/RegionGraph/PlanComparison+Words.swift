extension PlanComparison {
    /// Words that say nothing about what an action is: function words and the verbs every
    /// plan uses ("bidra", "delta", "arbeide", "gjennomføre", …) and "regionen".
    public static let stopWords: Set<String> = [
        "og", "i", "for", "til", "av", "med", "på", "om", "å", "at", "som", "en", "et", "den",
        "det", "de", "skal", "være", "fra", "blant", "annet", "samt", "gjennom", "ved", "eller",
        "mer", "andre", "bidra", "aktivt", "aktiv", "arbeide", "arbeid", "arbeidet", "delta",
        "regionen", "videre", "fortsatt", "fortsette", "gjennomføre", "utarbeide", "iverksette",
        "etablere", "ulike",
    ]

    /// The normalised words of a text: lower case, split at anything but letters and digits
    /// (æ ø å kept), stop words and numbers left out, and a plain Norwegian ending (`-ene`,
    /// `-ane`, `-er`, `-en`, `-et`, `-e`) cut off where at least four letters remain.
    ///
    /// ```swift
    /// PlanComparison.words(in: "Gi innspill til og følge opp statlige planer")
    /// // ["følg", "gi", "innspill", "opp", "plan", "statlig"]
    /// ```
    public static func words(in text: String) -> [String] {
        var result = Set<String>()
        var current = ""
        func flush() {
            defer { current = "" }
            guard current.count >= 2, !stopWords.contains(current),
                  !current.allSatisfy(\.isNumber) else { return }
            var word = current
            for ending in ["ene", "ane", "er", "en", "et", "e"] where word.hasSuffix(ending) {
                if word.count - ending.count >= 4 { word.removeLast(ending.count) }
                break
            }
            result.insert(word)
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber { current.append(character) } else { flush() }
        }
        flush()
        return result.sorted()
    }

    /// Whether two normalised words match: equal, or one a prefix of the other with at least
    /// five letters (`entreprenørskap` and `entreprenørskapsarbeid`).
    static func sameWord(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        guard min(lhs.count, rhs.count) >= 5 else { return false }
        return lhs.hasPrefix(rhs) || rhs.hasPrefix(lhs)
    }

    /// The share of the words of both texts that match a word of the other, 0 to 1.
    public static func similarity(_ lhs: [String], _ rhs: [String]) -> Double {
        guard !lhs.isEmpty || !rhs.isEmpty else { return 0 }
        let left = lhs.filter { word in rhs.contains { sameWord(word, $0) } }.count
        let right = rhs.filter { word in lhs.contains { sameWord(word, $0) } }.count
        return Double(left + right) / Double(lhs.count + rhs.count)
    }
}
