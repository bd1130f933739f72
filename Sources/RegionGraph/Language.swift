/// The language answers are written in: Norwegian bokmål, the language of the data and of the
/// users, or English.
///
/// Only what is written for people changes with the language — headers, kind and relation
/// names, counts, notes and hints. Identifiers stay as they are: entity ids, JSON keys and the
/// raw values of kinds and relations (`member_of`) are an interface.
///
/// ```swift
/// let language = Language(localeName: "nb_NO.UTF-8")      // .bokmal
/// language.text(en: "Members", nb: "Medlemmer")          // "Medlemmer"
/// language.count(3, en: "member", nb: "medlem", plural: "medlemmer")   // "3 medlemmer"
/// ```
public enum Language: String, CaseIterable, Sendable {
    /// Norwegian bokmål.
    case bokmal = "nb"
    /// English.
    case english = "en"

    /// The language a POSIX locale name asks for (`nb_NO.UTF-8`, `nn_NO`, `no`, `en_GB.UTF-8`):
    /// bokmål for Norwegian in any written form (`nb`, `nn`, `no`), else English; `nil` for
    /// no name, `C` and `POSIX`.
    public init?(localeName: String?) {
        guard let localeName, !localeName.isEmpty, localeName != "C", localeName != "POSIX" else { return nil }
        let language = localeName.prefix { $0.isLetter }.lowercased()
        self = ["nb", "nn", "no"].contains(language) ? .bokmal : .english
    }

    /// The language of a process's environment: `LC_ALL`, else `LC_MESSAGES`, else `LANG`
    /// (the order POSIX gives them), else English.
    ///
    /// ```swift
    /// Language(environment: ["LANG": "nb_NO.UTF-8"])   // .bokmal
    /// ```
    public init(environment: [String: String]) {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let language = Language(localeName: environment[name]) {
                self = language
                return
            }
        }
        self = .english
    }

    /// The one of two texts written in this language.
    public func text(en english: String, nb bokmal: String) -> String {
        self == .bokmal ? bokmal : english
    }

    /// "1 member", "3 members"; "1 medlem", "3 medlemmer": a count with its noun, singular for
    /// one. English plurals add "s" unless `enPlural` says otherwise; bokmål plurals are given.
    public func count(_ number: Int, en singular: String, enPlural: String? = nil, nb: String, plural: String) -> String {
        let noun = number == 1
            ? text(en: singular, nb: nb)
            : text(en: enPlural ?? singular + "s", nb: plural)
        return "\(number) \(noun)"
    }
}
