import Foundation
import Testing

/// Answers in the user's language (bokmål from the locale, or `--language`), and text that fits
/// the terminal.
@Suite struct LanguageAndWidthTests {
    static let norwegian = ["LANG": "nb_NO.UTF-8"]

    @Test func aNorwegianLocaleGivesNorwegianHeadersKindsRelationsAndCounts() throws {
        let output = try CommandRunner.run(["members", "fjellregionen"], environment: Self.norwegian)
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Medlemmer i Regionrådet for Fjellregionen (regionradet-fjellregionen)"
            || lines.first?.hasPrefix("Medlemmer i ") == true)
        #expect(lines[1].hasPrefix("NAVN "))
        #expect(lines[1].contains(" TYPE ") && lines[1].contains(" RELASJON ") && lines[1].contains(" PERIODE "))
        #expect(output.stdout.contains(" kommune "))
        #expect(lines.last?.hasSuffix(" medlemmer") == true)
        #expect(!output.stdout.contains("municipality") && !output.stdout.contains("member_of"))
    }

    @Test(arguments: [["LC_ALL": "nn_NO.UTF-8"], ["LANG": "no_NO"], ["LC_MESSAGES": "nb_NO.UTF-8", "LANG": "en_US.UTF-8"]])
    func everyNorwegianLocaleMeansBokmal(_ environment: [String: String]) throws {
        let output = try CommandRunner.run(["members", "destinasjon-roros"], environment: environment)
        #expect(output.stdout.hasPrefix("Medlemmer i Destinasjon Røros"))
    }

    @Test func languageOverridesTheLocaleAndEnglishIsTheDefault() throws {
        let english = try CommandRunner.run(["members", "fjellregionen", "--language", "en"], environment: Self.norwegian)
        #expect(english.stdout.hasPrefix("Members of "))
        #expect(english.stdout.contains("municipality") && english.stdout.contains("part of"))
        let bokmal = try CommandRunner.run(["members", "fjellregionen", "--language", "nb"])
        #expect(bokmal.stdout.hasPrefix("Medlemmer i "))
        #expect(bokmal.stdout.contains("del av"))
        let plain = try CommandRunner.run(["members", "fjellregionen"])
        #expect(plain.stdout.hasPrefix("Members of "))
        let wrong = try CommandRunner.run(["members", "fjellregionen", "--language", "de"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("'nb'") && wrong.stderr.contains("'en'"))
    }

    @Test func jsonKeysIdsAndRawValuesStayEnglish() throws {
        let output = try CommandRunner.run(["members", "fjellregionen", "--format", "json"], environment: Self.norwegian)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(rows.contains { $0["kind"] as? String == "municipality" && $0["relation"] as? String == "part_of" })
    }

    @Test func messagesAndNotesAreNorwegianToo() throws {
        let note = try CommandRunner.run(["members", "Scandinavian BID"], environment: Self.norwegian)
        #expect(note.stderr.contains("regiongraph: merk: 'Scandinavian BID' tolket som Scandinavian BID Modell (prosjekt)"))
        let unknown = try CommandRunner.run(["members", "Fjelregionen"], environment: Self.norwegian)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("regiongraph: feil: ukjent enhet 'Fjelregionen'; mente du:"))
        let folder = try CommandRunner.temporaryFolder("skrev")
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("gf.svg").path
        let render = try CommandRunner.run(["render", "green-flyway", "--output", svg], environment: Self.norwegian)
        #expect(render.stderr.hasPrefix("regiongraph: skrev \(svg) (SVG, "))
    }

    /// Every query's text answer, in both languages, with its sources and its explanation.
    static let queries: [[String]] = [
        ["members", "fjellregionen", "--sources"], ["memberships", "roros", "--sources"],
        ["participants", "green-flyway", "--sources"], ["shared", "Røros", "Holtålen", "--sources"],
        ["path", "Røros", "Holtålen", "--explain"], ["search", "fjell"], ["show", "roros"], ["matrix"], ["plans"],
        ["plan", "handlingsplan-2021-2022", "--long"], ["plan-diff", "handlingsplan-2019-2020", "handlingsplan-2021-2022"],
        ["plan-diff", "handlingsplan-2019-2020", "handlingsplan-2021-2022", "--by-body"],
        ["explain", "Røros", "Holtålen"], ["memberships", "roros", "--explain"],
    ]

    @Test(arguments: queries)
    func everyTextAnswerFitsAHundredColumns(_ query: [String]) throws {
        for language in ["nb", "en"] {
            let output = try CommandRunner.run(query + ["--language", language], environment: ["COLUMNS": "100"])
            #expect(output.status == 0, "\(query): \(output.stderr)")
            let widest = output.stdout.split(separator: "\n").map(\.count).max() ?? 0
            #expect(widest <= 100, "\(query) \(language): \(widest) columns")
            #expect(widest > 40, "\(query) \(language): the answer is missing")
        }
    }

    @Test func aNarrowTerminalKeepsIdsWholeAndWideKeepsEverything() throws {
        let narrow = try CommandRunner.run(["memberships", "roros"], environment: ["COLUMNS": "60"])
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
        // Too narrow for the table: each row is a block headed by the name and its whole id.
        #expect(narrow.stdout.contains("Nasjonalparkstyret for Femundsmarka og Gutulia\n  (nasjonalparkstyret-femundsmarka-gutulia)")
            || narrow.stdout.contains("(nasjonalparkstyret-femundsmarka-gutulia)"))
        let wide = try CommandRunner.run(["memberships", "roros", "--wide"], environment: ["COLUMNS": "60"])
        let lines = wide.stdout.split(separator: "\n")
        #expect(lines[1].hasPrefix("NAME ") && lines.map(\.count).max()! > 100)
        #expect(lines.contains { $0.hasPrefix("Nasjonalparkstyret for Femundsmarka og Gutulia ") && $0.hasSuffix(" nasjonalparkstyret-femundsmarka-gutulia") })
        // Without COLUMNS and without a terminal, answers fit 100 columns.
        let piped = try CommandRunner.run(["show", "roros"])
        #expect(piped.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }
}

extension LanguageAndWidthTests {
    @Test func validateAndGraphsSumUpInNorwegian() throws {
        let validate = try CommandRunner.run(["validate"], environment: Self.norwegian)
        #expect(validate.status == 0)
        #expect(validate.stdout.hasPrefix("Data: "))
        #expect(validate.stdout.contains(" enheter, ") && validate.stdout.contains(" relasjoner, ")
            && validate.stdout.contains(" dokumenter; 0 feil, 0 advarsler"))
        let graphs = try CommandRunner.run(["graphs", "--check", "--language", "nb"])
        #expect(graphs.stdout.hasPrefix("Graphs/ er oppdatert: "))
    }
}
