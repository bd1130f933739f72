/// Close matches for a word that was not found, for "did you mean …?" hints.
///
/// ```swift
/// Suggestions.didYouMean("holtaalen", among: ["holtalen", "tolga"])
/// // " (did you mean 'holtalen'?)"
/// ```
public enum Suggestions {
    /// Up to `limit` candidates closest to `input`, closest first, among those within an edit
    /// distance that grows with the input's length. Ties are ordered by the candidate's text.
    ///
    /// - Complexity: O(*c* × *m* × *n*) for *c* candidates of length *n* and input length *m*.
    public static func closest(to input: String, among candidates: [String], limit: Int = 3) -> [String] {
        let key = TextFolding.matchKey(input)
        let length = key.unicodeScalars.count
        let threshold = max(2, length / 3)
        var scored: [(Int, String)] = []
        for candidate in Set(candidates) {
            let candidateKey = TextFolding.matchKey(candidate)
            let distance: Int
            if !key.isEmpty, candidateKey.contains(key) {
                distance = candidateKey == key ? 0 : 1
            } else if abs(candidateKey.unicodeScalars.count - length) > threshold {
                // The edit distance is at least the difference in length.
                continue
            } else {
                distance = TextFolding.editDistance(key, candidateKey)
            }
            if distance <= threshold { scored.append((distance, candidate)) }
        }
        scored.sort {
            $0.0 != $1.0
                ? $0.0 < $1.0 : $0.1.unicodeScalars.lexicographicallyPrecedes($1.1.unicodeScalars)
        }
        return scored.prefix(limit).map(\.1)
    }

    /// `" (did you mean 'a' or 'b'?)"`, or the empty string when there is nothing close.
    public static func didYouMean(_ input: String, among candidates: [String]) -> String {
        let close = closest(to: input, among: candidates)
        guard !close.isEmpty else { return "" }
        let quoted = close.map { "'\($0)'" }
        let list = quoted.count == 1
            ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return " (did you mean \(list)?)"
    }
}
