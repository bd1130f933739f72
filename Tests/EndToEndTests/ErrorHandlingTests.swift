import Foundation
import Testing

@Suite struct ErrorHandlingTests {
    @Test func theBinaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: CommandRunner.binary.path),
                "regiongraph not found at \(CommandRunner.binary.path)")
    }

    @Test func anUnknownNameExitsWith2AndSuggests() throws {
        let output = try CommandRunner.run(["members", "holtallen"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("regiongraph: error: unknown entity 'holtallen'; did you mean:\n  holtalen  Holtålen kommune (municipality)\n"))
    }

    @Test func aMissingDataFolderIsAClearError() throws {
        let output = try CommandRunner.run(["members", "roros", "--data", "/nonexistent/Data"])
        #expect(output.status == 1)
        #expect(output.stderr == "regiongraph: error: data folder '/nonexistent/Data' does not exist; pass --data DIR, or run from the folder that holds Data/\n")
    }

    @Test func invalidDataExitsWith1AndListsEveryProblem() throws {
        let folder = try CommandRunner.temporaryFolder("bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = """
            documents:
              - id: d
                title: T
            entities:
              - id: holtalen
                kind: municipality
                name: Holtålen kommune
                source: d
                quote: q
            relations:
              - from: holtaalen
                type: member_of
                to: ipr
                source: d
                quote: q

            """
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("fjellregionen.yaml"))
        let before = try Data(contentsOf: folder.appendingPathComponent("fjellregionen.yaml"))
        let output = try CommandRunner.run(["validate", "--data", folder.path])
        #expect(output.status == 1)
        let file = folder.appendingPathComponent("fjellregionen.yaml").path
        #expect(output.stderr == """
            \(file):11:11: error: unknown entity 'holtaalen' (did you mean 'holtalen'?)
            \(file):11:11: note: define the entity under 'entities:' in a data file, or correct the id
            \(file):13:9: error: unknown entity 'ipr'
            \(file):13:9: note: define the entity under 'entities:' in a data file, or correct the id

            """)
        #expect(output.stdout == "\(folder.path): 2 errors, 0 warnings\n")
        // A query on bad data fails the same way and never touches the file.
        let query = try CommandRunner.run(["members", "holtalen", "--data", folder.path])
        #expect(query.status == 1)
        #expect(query.stderr.hasSuffix("regiongraph: error: \(folder.path) has 2 errors; run 'regiongraph validate --data \(folder.path)' for the full report\n"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("fjellregionen.yaml")) == before)
    }

    @Test func usageErrorsComeFromTheArgumentParser() throws {
        let output = try CommandRunner.run(["shared", "roros"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("name at least two entities"))
        let badFormat = try CommandRunner.run(["members", "roros", "--format", "xml"])
        #expect(badFormat.status == 64)
        let badDate = try CommandRunner.run(["members", "roros", "--at", "2021-13"])
        #expect(badDate.status == 64)
        let badKind = try CommandRunner.run(["matrix", "--columns", "councel"])
        #expect(badKind.status == 64)
        #expect(badKind.stderr.contains("unknown kind 'councel' in --columns (did you mean 'council'?)"))
    }
}

/// The broken council folder the README shows: every mistake reported at once, in file order.
@Suite struct BrokenFixtureTests {
    @Test func validateReportsEveryMistakeWithLineAndColumn() throws {
        let output = try CommandRunner.run(["validate", "--data", "Tests/EndToEndTests/Fixtures/broken"])
        #expect(output.status == 1)
        let file = "Tests/EndToEndTests/Fixtures/broken/council.yaml"
        let errors = output.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors == [
            "\(file):9:11: error: unknown kind 'regional_councl' (did you mean 'regional_council'?)",
            "\(file):14:11: error: unknown entity 'holtaalen' (did you mean 'holtalen'?)",
            "\(file):17:12: error: '2024-13' is not a valid calendar date",
            "\(file):23:12: error: start 2024 is after end 2020",
        ])
        // A fact without a source is allowed in a user's data, but said; --strict refuses it.
        #expect(output.stderr.contains("\(file):20:5: warning: relation 'holtalen member_of regionradet-eksempel' has no source"))
        #expect(output.stdout == "Tests/EndToEndTests/Fixtures/broken: 4 errors, 1 warning\n")
    }
}

/// A planner's own network, sketched before it is cited: facts without sources load, with one
/// line saying so; `validate` lists them and `--strict` refuses them.
@Suite struct UnsourcedDataTests {
    @Test func factsWithoutSourcesLoadAndAreMarked() throws {
        let folder = try CommandRunner.temporaryFolder("unsourced")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id,kind,name\nholtalen,municipality,Holtålen kommune\nrad,regional_council,Rådet\n".utf8)
            .write(to: folder.appendingPathComponent("entities.csv"))
        try Data("from,to,type,role,start,end,source\nholtalen,rad,member_of,medlem,,,\n".utf8)
            .write(to: folder.appendingPathComponent("relations.csv"))
        let members = try CommandRunner.run(["members", "Rådet", "--sources", "--data", folder.path])
        #expect(members.status == 0, "\(members.stderr)")
        #expect(members.stdout.contains("Holtålen kommune"))
        #expect(members.stdout.contains("source: (no source)"))
        #expect(members.stderr == "regiongraph: note: 1 fact has no source; 'regiongraph validate --data \(folder.path)' lists it\n")
        let validate = try CommandRunner.run(["validate", "--data", folder.path])
        #expect(validate.status == 0)
        #expect(validate.stderr.contains("relations.csv:2:1: warning: relation 'holtalen member_of rad' has no source"))
        let strict = try CommandRunner.run(["validate", "--strict", "--data", folder.path])
        #expect(strict.status == 1)
    }

    @Test func aSemicolonSpreadsheetFromNorwegianExcelLoads() throws {
        let folder = try CommandRunner.temporaryFolder("semicolons")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("\u{FEFF}id;kind;name\r\nholtalen;municipality;Holtålen kommune\r\nrad;regional_council;Rådet, for oss\r\n".utf8)
            .write(to: folder.appendingPathComponent("entities.csv"))
        try Data("from;to;type;role;start;end;source\r\nholtalen;rad;member_of;medlem;2017;;kommunestyret\r\n".utf8)
            .write(to: folder.appendingPathComponent("relations.csv"))
        let members = try CommandRunner.run(["members", "rad", "--data", folder.path])
        #expect(members.status == 0, "\(members.stderr)")
        #expect(members.stdout.contains("Holtålen kommune"))
        #expect(members.stdout.contains("Members of Rådet, for oss (rad)"))
    }

    @Test func aWindows1252SpreadsheetLoadsWithAWarning() throws {
        let folder = try CommandRunner.temporaryFolder("cp1252")
        defer { try? FileManager.default.removeItem(at: folder) }
        // "Holtålen kommune" and "Rådet" in Windows-1252, semicolon-separated, as Norwegian Excel saves.
        let entities: [UInt8] = Array("id;kind;name\r\nholtalen;municipality;Holt".utf8) + [0xE5]
            + Array("len kommune\r\nrad;regional_council;R".utf8) + [0xE5] + Array("det\r\n".utf8)
        try Data(entities).write(to: folder.appendingPathComponent("entities.csv"))
        try Data("from;to;type;role;start;end;source\r\nholtalen;rad;member_of;medlem;;;kommunestyret\r\n".utf8)
            .write(to: folder.appendingPathComponent("relations.csv"))
        let members = try CommandRunner.run(["members", "Rådet", "--data", folder.path])
        #expect(members.status == 0, "\(members.stderr)")
        #expect(members.stdout.contains("Holtålen kommune"))
        let validate = try CommandRunner.run(["validate", "--data", folder.path])
        #expect(validate.stderr.contains("entities.csv:1:1: warning: the file is not UTF-8; it was read as Windows-1252"))
    }
}
