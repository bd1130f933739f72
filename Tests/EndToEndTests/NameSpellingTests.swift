import Foundation
import Testing

/// Names and commands as Norwegian users type them on foreign keyboards, and with typos.
@Suite struct NameSpellingTests {
    @Test(arguments: [
        (["members", "Roeros"], "Members of Røros kommune (roros)"),
        (["memberships", "Holtaalen"], "Memberships of Holtålen kommune (holtalen)"),
        (["show", "Aafjord"], "Åfjord kommune"),
        (["members", "RØROS"], "Members of Røros kommune (roros)"),
    ])
    func oeAndAaNameTheMunicipality(arguments: [String], firstLine: String) throws {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.split(separator: "\n").first.map(String.init) == firstLine)
        // Today's Åfjord kommune (2020) is chosen over the one that merged into it, with a note.
        #expect(output.stderr.isEmpty
            || output.stderr.hasPrefix("regiongraph: note: 'Aafjord' taken as Åfjord kommune (municipality, 2020-01-01–)"))
    }

    @Test func aProjectWinsOverThePlanActionNamedAfterIt() throws {
        let output = try CommandRunner.run(["participants", "Scandinavian BID"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.hasPrefix("Participants in Scandinavian BID Modell (scandinavian-bid-modell)\n"))
        #expect(output.stderr == """
            regiongraph: note: 'Scandinavian BID' taken as Scandinavian BID Modell (project); other matches: \
            hp-2019-2020-scandinavian-bid-modell Scandinavian BID Modell gjennomføres (plan action)

            """)
    }

    @Test func candidatesThatTieAreStillAmbiguous() throws {
        let output = try CommandRunner.run(["show", "kommune"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == """
            regiongraph: error: 'kommune' is ambiguous; it could be:
              kommuneplanens-samfunnsdel-2016-2028  Kommuneplanens samfunnsdel 2016-2028 (plan)
              kommunereformen  Kommunereformen (programme)
            name one of them by its id

            """)
    }

    @Test func aMistypedCommandSuggestsTheCommand() throws {
        let output = try CommandRunner.run(["membrs", "roros"])
        #expect(output.status == 64)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == """
            regiongraph: error: unknown command 'membrs' (did you mean 'members'?); see 'regiongraph --help'

            """)
        let help = try CommandRunner.run(["help", "members"])
        #expect(help.status == 0)
    }

    @Test func aMistypedOptionSuggestsTheOption() throws {
        let output = try CommandRunner.run(["members", "roros", "--sourcse"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("Unknown option '--sourcse'. Did you mean '--sources'?"))
    }

    @Test func bashCompletesEntityNamesFromTheDataFolder() throws {
        let script = try CommandRunner.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        let folder = try CommandRunner.temporaryFolder("completion")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("regiongraph.bash")
        try script.stdout.write(to: file, atomically: true, encoding: .utf8)
        func completions(_ line: String) throws -> [String] {
            let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let program = """
                source '\(file.path)'
                PATH='\(CommandRunner.productsFolder.path)':$PATH
                COMP_WORDS=(\(words.map { "'\($0)'" }.joined(separator: " "))); COMP_CWORD=\(words.count - 1)
                COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
                _regiongraph; printf '%s\\n' "${COMPREPLY[@]}"
                """
            let output = try CommandRunner.run(executable: URL(fileURLWithPath: "/bin/bash"), ["-c", program])
            return output.stdout.split(separator: "\n").map(String.init)
        }
        #expect(try completions("regiongraph members holt") == ["holtalen"])
        #expect(try completions("regiongraph shared Røros Holt") == ["Holtålen", "Holtålen kommune"])
        // Typed without ø: the ids, which the shell then completes the word to.
        #expect(try completions("regiongraph memberships Roer").first == "roros")
        #expect(try completions("regiongraph show --data \(CommandRunner.packageFolder.path)/Data green-f") == ["green-flyway"])
        #expect(try completions("regiongraph show --data /no/such/folder green-f").isEmpty)
    }
}
