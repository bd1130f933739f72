extension SearchHit.Match {
    /// How the name matched, for people, in `language`: "exact", "eksakt".
    ///
    /// ```swift
    /// SearchHit.Match.substring.label(in: .bokmal)   // "inneholder"
    /// ```
    public func label(in language: Language) -> String {
        guard language == .bokmal else { return description }
        return switch self {
        case .exact: "eksakt"
        case .prefix: "begynner med"
        case .wordPrefix: "ord"
        case .substring: "inneholder"
        case .similar: "ligner"
        }
    }
}
