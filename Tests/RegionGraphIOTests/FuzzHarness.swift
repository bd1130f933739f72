import Foundation
import RegionGraph
import RegionGraphTestSupport
@testable import RegionGraphIO

/// A seeded mutation fuzzer over the loaders and name resolution (issue 5).
///
/// Seeds are the shipped `Data/*.yaml` files and a spreadsheet export of the shipped network
/// (`documents.csv`, `entities.csv`, `relations.csv`). Each input is one seed file with one to
/// four mutations (bit and byte flips, deletions, duplications, splices from another seed,
/// inserted quotes, colons, tabs, BOMs, invalid UTF-8, YAML and CSV punctuation, line swaps),
/// read by its reader, checked together with the other unmutated files of its dataset by
/// `Network.validating`, and, every tenth input, loaded from a folder by `DatasetLoader` as a
/// user's command would. Names (random slices of the input, and mangled entity names) are then
/// resolved with `Network.entity(named:)`.
///
/// The properties: nothing crashes or hangs, and every error diagnostic names a file, a line
/// from 1 to the file's line count + 1, and a column of at least 1.
enum Fuzz {
    /// The seeded generator the mutations draw from: the same seed gives the same inputs.
    typealias Generator = SplitMix64

    /// One data file of a dataset: its name in the folder and its bytes.
    struct Seed: Sendable {
        var name: String
        var bytes: [UInt8]
        var isCSV: Bool { name.hasSuffix(".csv") }
    }

    /// A dataset whose files are mutated one at a time: the seeds and each seed's records,
    /// read once.
    struct Dataset: Sendable {
        var seeds: [Seed]
        var records: [String: DatasetRecords]

        init(_ seeds: [Seed]) {
            self.seeds = seeds
            var records: [String: DatasetRecords] = [:]
            for seed in seeds { records[seed.name] = Fuzz.read(seed.bytes, name: seed.name) }
            self.records = records
        }
    }

    static let packageFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped YAML dataset and its spreadsheet export.
    static func datasets() throws -> [Dataset] {
        let data = packageFolder.appendingPathComponent("Data")
        let names = try FileManager.default.contentsOfDirectory(atPath: data.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        let yaml = try names.map { Seed(name: $0, bytes: Array(try Data(contentsOf: data.appendingPathComponent($0)))) }
        let network = try DatasetLoader.load(from: data.path).get()
        let csv = try SpreadsheetExporter.files(of: network).map { Seed(name: $0.name, bytes: $0.bytes) }
        return [Dataset(yaml), Dataset(csv)]
    }

    /// The records of one file's bytes, read as `DatasetLoader` reads them.
    static func read(_ bytes: [UInt8], name: String) -> DatasetRecords {
        switch name {
        case "documents.csv": return SpreadsheetDatasetReader.readDocuments(bytes, file: name)
        case "entities.csv": return SpreadsheetDatasetReader.readEntities(bytes, file: name)
        case "relations.csv": return SpreadsheetDatasetReader.readRelations(bytes, file: name)
        default:
            guard let text = String(validating: bytes, as: UTF8.self) else {
                // The loader stops here; the YAML reader still gets the repaired text, to be fuzzed.
                var records = YAMLDatasetReader.read(String(decoding: bytes, as: UTF8.self), file: name)
                records.diagnostics.append(.error(at: FileLocation(file: name, line: 1, column: 1), "the file is not valid UTF-8"))
                return records
            }
            return YAMLDatasetReader.read(text, file: name)
        }
    }

    /// Text that breaks YAML, CSV and UTF-8 in interesting ways.
    static let tokens: [[UInt8]] = [
        "\"", "'", ":", ": ", "\t", "\u{FEFF}", "\n", "\r\n", "\r", ",", ",,", "\"\"", "- ", "-", "#", "{", "}",
        "[", "]", "&a ", "*a", "!!str ", "!!binary ", "|", ">", "---\n", "...\n", "%YAML 1.1\n", "? ", "~",
        "null", "true", "0x1F", "1e9999", "2021-13-45", "9999999999999999999999", "-0", ".nan",
        "\u{0}", "\u{1B}", "\u{202E}", "e\u{301}", "ø", "Å", "ï", "👩‍👩‍👧", "\\", "\\\"", "<&>", "=cmd|' /C calc'!A0",
        "id: x\n", "  - id: roros\n", "entities:\n", "relations:\n", "    sources:\n      - doc: x\n",
    ].map { Array($0.utf8) } + [
        [0xFF], [0xFE], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
        [0xEF, 0xBB, 0xBF], [0x80], [0xFF, 0xFE, 0x00, 0x00],
    ]

    /// The names of the mutations, in the order `mutate` numbers them.
    static let mutationNames = [
        "bit flip", "byte", "delete", "duplicate", "splice", "insert token", "truncate", "repeat line",
        "swap lines", "indent", "replace token", "bom or control character",
    ]

    /// Control characters as a data file might hold them: raw, and as YAML escapes.
    static let controls: [[UInt8]] = [
        "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\r",
        #""\x00""#, #""\x1b""#, #""\u0085""#, #""a\rb""#, #""\e[31m""#, #""\0""#,
    ].map { Array($0.utf8) }

    /// `bytes` with one to four mutations; `donors` give splices.
    static func mutate(_ input: [UInt8], donors: [Seed], generator g: inout Generator) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + g.below(4)) {
            let position = g.below(bytes.count + 1)
            switch g.below(mutationNames.count) {
            case 0 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] ^= UInt8(1 << g.below(8))
            case 1 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] = UInt8(g.below(256))
            case 2:
                let length = g.chance(10) ? g.below(512) : 1 + g.below(16)
                bytes.removeSubrange(position..<min(bytes.count, position + length))
            case 3:
                let length = g.chance(5) ? g.below(4096) : 1 + g.below(64)
                let end = min(bytes.count, position + length)
                bytes.insert(contentsOf: Array(bytes[position..<end]), at: g.below(bytes.count + 1))
            case 4:
                let donor = donors[g.below(donors.count)].bytes
                guard !donor.isEmpty else { continue }
                let from = g.below(donor.count)
                let piece = donor[from..<min(donor.count, from + 1 + g.below(200))]
                let end = min(bytes.count, position + g.below(200))
                bytes.replaceSubrange(position..<end, with: piece)
            case 5:
                bytes.insert(contentsOf: tokens[g.below(tokens.count)], at: position)
            case 6:
                bytes.removeSubrange(position...)
            case 7, 8, 9:
                var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                guard !lines.isEmpty else { continue }
                let line = g.below(lines.count)
                switch g.below(3) {
                case 0: lines.insert(contentsOf: Array(repeating: lines[line], count: 1 + (g.chance(5) ? g.below(2000) : g.below(3))), at: line)
                case 1: lines.swapAt(line, g.below(lines.count))
                default:
                    if g.chance(50) { lines[line].insert(contentsOf: Array(repeating: 0x20, count: 1 + g.below(4)), at: 0) }
                    else { lines[line].removeFirst(min(lines[line].count, 1 + g.below(4))) }
                }
                bytes = Array(lines.joined(separator: [0x0A]))
            case 11:
                // A byte-order mark in front (as Windows editors write), or a control character.
                if g.chance(40) {
                    if !bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
                } else {
                    bytes.insert(contentsOf: controls[g.below(controls.count)], at: position)
                }
            default:
                // Replace a token already in the text with another token.
                let token = tokens[g.below(tokens.count)]
                let end = min(bytes.count, position + 1 + g.below(3))
                bytes.replaceSubrange(position..<end, with: token)
            }
        }
        return bytes
    }

    /// What one input did.
    struct Outcome {
        var errors = 0
        var warnings = 0
        /// Diagnostics that break the property: an error with no place, or a place outside the file.
        var misplaced: [Diagnostic] = []
        /// Normalised messages: the kinds of diagnostic this input produced.
        var kinds: Set<String> = []
        var resolutions = 0
        var seconds = 0.0
        var accepted: Bool { errors == 0 }
    }

    /// A diagnostic's message with its particulars (quoted text, numbers) taken out.
    static func kind(of diagnostic: Diagnostic) -> String {
        var text = diagnostic.message
        text = text.replacing(/'[^']*'/, with: "'…'")
        text = text.replacing(/"[^"]*"/, with: "\"…\"")
        text = text.replacing(/[0-9]+/, with: "N")
        if text.count > 120 { text = String(text.prefix(120)) }
        return "\(diagnostic.severity.rawValue): \(text)"
    }

    /// Checks the diagnostics of `files` (name → bytes) and records what they say.
    static func check(_ diagnostics: [Diagnostic], files: [String: [UInt8]], into outcome: inout Outcome) {
        for diagnostic in diagnostics {
            outcome.kinds.insert(kind(of: diagnostic))
            if diagnostic.severity == .warning { outcome.warnings += 1; continue }
            outcome.errors += 1
            guard let location = diagnostic.location, !location.file.isEmpty, location.line >= 1, location.column >= 1 else {
                outcome.misplaced.append(diagnostic)
                continue
            }
            let name = (location.file as NSString).lastPathComponent
            if let bytes = files[name] {
                let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                if location.line > lines + 1 { outcome.misplaced.append(diagnostic) }
            }
        }
    }

    /// Runs one input: `bytes` in place of the seed `name` of `dataset`.
    static func run(_ bytes: [UInt8], replacing name: String, in dataset: Dataset, generator g: inout Generator, throughLoader: Bool) -> Outcome {
        let started = Date()
        var outcome = Outcome()
        var records = DatasetRecords()
        for seed in dataset.seeds {
            records.append(contentsOf: seed.name == name ? read(bytes, name: name) : dataset.records[seed.name]!)
        }
        let validation = Network.validating(records)
        check(validation.diagnostics, files: [name: bytes], into: &outcome)
        if throughLoader, let folder = try? temporaryFolder() {
            defer { try? FileManager.default.removeItem(atPath: folder) }
            for seed in dataset.seeds {
                FileManager.default.createFile(atPath: folder + "/" + seed.name, contents: Data(seed.name == name ? bytes : seed.bytes))
            }
            if let loaded = try? DatasetLoader.load(from: folder) {
                var ignored = Outcome()
                let prefixed = loaded.diagnostics.map { diagnostic -> Diagnostic in
                    var copy = diagnostic
                    if let location = copy.location, location.file.hasPrefix(folder) {
                        copy.location?.file = String(location.file.dropFirst(folder.count + 1))
                    }
                    return copy
                }
                check(prefixed, files: [name: bytes], into: &ignored)
                outcome.misplaced += ignored.misplaced
            }
        }
        if let network = validation.network ?? shipped {
            var names: [String] = []
            let text = String(decoding: bytes, as: UTF8.self)
            let scalars = Array(text.unicodeScalars)
            for _ in 0..<4 where !scalars.isEmpty {
                let start = g.below(scalars.count)
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[start..<min(scalars.count, start + 1 + g.below(30))])
                names.append(String(slice))
            }
            if !network.entities.isEmpty {
                for _ in 0..<4 {
                    let entity = network.entities[g.below(network.entities.count)]
                    var name = [entity.name, entity.id.rawValue, entity.shortName ?? "", entity.aliases.first ?? ""][g.below(4)]
                    switch g.below(4) {
                    case 0: name = name.uppercased()
                    case 1: name = String(name.prefix(1 + g.below(max(1, name.count))))
                    case 2: name = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                    default: name = " " + name + "\u{301}\t"
                    }
                    names.append(name)
                }
            }
            names += ["", " ", "\u{0}", "\u{FEFF}roros", String(repeating: "ø", count: 64)]
            for name in names {
                _ = try? network.entity(named: name)
                outcome.resolutions += 1
            }
        }
        outcome.seconds = Date().timeIntervalSince(started)
        return outcome
    }

    /// The shipped network, for resolving names when an input is rejected.
    static let shipped: Network? = try? DatasetLoader.load(from: packageFolder.appendingPathComponent("Data").path).get()

    static func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "regiongraph-fuzz-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The totals of a fuzz run.
    struct Summary: CustomStringConvertible {
        var inputs = 0
        var accepted = 0
        var rejected = 0
        var throughLoader = 0
        var resolutions = 0
        var misplaced: [(String, Diagnostic)] = []
        var kinds: [String: Int] = [:]
        var slowest = 0.0
        var seconds = 0.0
        var saved = 0

        var description: String {
            """
            fuzz: \(inputs) mutated inputs in \(String(format: "%.1f", seconds)) s: \(accepted) accepted, \
            \(rejected) rejected with located errors, \(misplaced.count) diagnostics without a valid FILE:LINE:COLUMN, \
            0 crashes, 0 hangs
            fuzz: \(throughLoader) also loaded from a folder by DatasetLoader; \(resolutions) names resolved; \
            slowest input \(String(format: "%.3f", slowest)) s; \(kinds.count) kinds of diagnostic; \(saved) inputs saved to the corpus
            """
        }
    }

    /// Runs `count` inputs from `seed`. Inputs that give a kind of diagnostic not seen before,
    /// that take longer than `slow` seconds, or that break the property are passed to `keep`.
    static func campaign(
        count: Int, seed: UInt64, slow: Double = 0.5,
        keep: (_ name: String, _ bytes: [UInt8], _ why: String) -> Bool = { _, _, _ in false }
    ) throws -> Summary {
        let datasets = try datasets()
        let donors = datasets.flatMap(\.seeds)
        var g = Generator(seed: seed)
        var summary = Summary()
        let started = Date()
        for index in 0..<count {
            let dataset = datasets[index % datasets.count]
            let original = dataset.seeds[g.below(dataset.seeds.count)]
            let input = mutate(original.bytes, donors: donors, generator: &g)
            let throughLoader = index % 10 == 9
            let outcome = run(input, replacing: original.name, in: dataset, generator: &g, throughLoader: throughLoader)
            summary.inputs += 1
            if outcome.accepted { summary.accepted += 1 } else { summary.rejected += 1 }
            if throughLoader { summary.throughLoader += 1 }
            summary.resolutions += outcome.resolutions
            summary.slowest = max(summary.slowest, outcome.seconds)
            summary.misplaced += outcome.misplaced.map { (original.name, $0) }
            let new = outcome.kinds.filter { summary.kinds[$0] == nil }
            for kind in outcome.kinds { summary.kinds[kind, default: 0] += 1 }
            if !outcome.misplaced.isEmpty {
                if keep(original.name, input, "misplaced: \(outcome.misplaced.map(\.description).joined(separator: "; "))") { summary.saved += 1 }
            } else if outcome.seconds > slow {
                if keep(original.name, input, "slow: \(outcome.seconds) s") { summary.saved += 1 }
            } else if !new.isEmpty {
                if keep(original.name, input, "new: \(new.sorted().joined(separator: " | "))") { summary.saved += 1 }
            }
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }
}
