import ArgumentParser
import Foundation
import RegionGraph

/// `--language nb|en`: the language of answers and messages; by default the environment's
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`: `nb`, `nn` and `no` give bokmål).
struct LanguageOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "nb (bokmål) or en: the language of headers, kinds, relations, counts and messages "
                + "(default: from LC_ALL/LANG; nb, nn and no give nb, else en).",
            valueName: "language"))
    var language: Language?

    /// The language chosen: `--language`, else the environment's.
    var chosen: Language {
        language ?? Language(environment: ProcessInfo.processInfo.environment)
    }

    /// Messages on standard error follow the language from here on.
    mutating func validate() throws {
        Terminal.language = chosen
    }
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "nb", "no", "nn", "norsk", "bokmål", "bokmal": self = .bokmal
        case "en", "english", "engelsk": self = .english
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["nb", "en"] }
}
