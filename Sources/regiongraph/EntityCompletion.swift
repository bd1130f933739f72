import ArgumentParser
import RegionGraph
import RegionGraphIO

/// Completion of entity arguments in bash, zsh and fish (`regiongraph --generate-completion-script
/// bash`): the shell runs the tool, which offers the ids and names in the data folder that begin
/// with what was typed (``Network/completions(of:limit:)``). The folder is `--data` when the
/// command line names one, else `Data`; a folder that cannot be read offers nothing, silently.
enum EntityCompletion {
    /// The completion of an `@Argument` that names an entity.
    static let kind = CompletionKind.custom { words, _, prefix in
        candidates(words: words, prefix: prefix)
    }

    static func candidates(words: [String], prefix: String) -> [String] {
        guard let validation = try? DatasetLoader.load(
            from: dataFolder(in: words), progress: nil, cache: RecordsCache.standard()),
            let network = validation.network
        else { return [] }
        return network.completions(of: prefix)
    }

    /// The value of `--data` (`--data DIR` or `--data=DIR`) among the words typed, else `Data`.
    static func dataFolder(in words: [String]) -> String {
        for (index, word) in words.enumerated() {
            if word == "--data", index + 1 < words.count { return words[index + 1] }
            if word.hasPrefix("--data=") { return String(word.dropFirst("--data=".count)) }
        }
        return "Data"
    }
}
