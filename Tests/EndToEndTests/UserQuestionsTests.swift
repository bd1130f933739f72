import Foundation
import Testing

/// The questions users ask, answered by the built binary on the shipped Data/.
@Suite struct UserQuestionsTests {
    func rows(_ json: String) throws -> [[String: Any]] {
        try #require(try CommandRunner.json(json) as? [[String: Any]])
    }

    @Test func whoParticipatesInGreenFlyway() throws {
        let output = try CommandRunner.run(["participants", "Green Flyway", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let rows = try rows(output.stdout)
        let owners = rows.filter { $0["relation"] as? String == "owns" }
        #expect(Set(owners.compactMap { $0["id"] as? String }) == ["roros", "ostersund"])
        #expect(owners.allSatisfy { $0["role"] as? String == "prosjekteier" })
        #expect(rows.contains { $0["id"] as? String == "roros-lufthavn" })
        for row in rows {
            #expect(row["name"] is String && row["kind"] is String)
            let sources = try #require(row["sources"] as? [[String: Any]])
            #expect(!sources.isEmpty)
            #expect(sources.allSatisfy { ($0["quote"] as? String)?.isEmpty == false })
        }
    }

    @Test func whichCouncilsDoRorosAndHoltalenBothSitIn() throws {
        let output = try CommandRunner.run(["shared", "Røros", "Holtålen", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let ids = Set(try rows(output.stdout).compactMap { $0["id"] as? String })
        #expect(ids.isSuperset(of: ["ipr-trondelag-sor", "verdensarvradet", "destinasjon-roros"]))
        #expect(!ids.contains("roros") && !ids.contains("holtalen"))
    }

    @Test func theTextAnswerIsASortedTableWithSourcesOnRequest() throws {
        let output = try CommandRunner.run(["participants", "green-flyway", "--sources"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Participants in Green Flyway (green-flyway)")
        #expect(lines[1].hasPrefix("NAME "))
        #expect(output.stdout.contains("Røros kommune "))
        #expect(output.stdout.contains("    source: Samfunnsutvikling (Røros kommune, 2022-12-20): \"Røros kommune er prosjekteier på norsk side"))
    }

    @Test func destinasjonRorosIsOwnedBySixMunicipalities() throws {
        let output = try CommandRunner.run(["members", "Destinasjon Røros", "--format", "csv"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "Name,Kind,Relation,Role,Period,Id")
        #expect(lines.dropFirst().map { $0.split(separator: ",").last.map(String.init) ?? "" }
            == ["alvdal", "holtalen", "os", "roros", "tolga", "tynset"])
    }

    @Test func namesResolveWithoutDiacriticsAndRorosMeansTheMunicipality() throws {
        for name in ["roros", "Røros", "RØROS", "Rossen tjïelte", "røros kommune"] {
            let output = try CommandRunner.run(["show", name, "--format", "json"])
            #expect(output.status == 0, "\(name): \(output.stderr)")
            let object = try #require(try CommandRunner.json(output.stdout) as? [String: Any])
            #expect(object["id"] as? String == "roros", "\(name)")
        }
    }

    @Test func showListsNamesAttributesAndRelationsWithSources() throws {
        let output = try CommandRunner.run(["show", "roros"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("Røros kommune\n"))
        #expect(output.stdout.contains("aliases:"))
        #expect(output.stdout.contains("Rossen tjïelte"))
        #expect(output.stdout.contains("is member of"))
        #expect(output.stdout.contains("    source: Samfunnsutvikling (Røros kommune, 2022-12-20)"))
    }

    @Test func theMatrixMarksMunicipalitiesInCouncils() throws {
        let output = try CommandRunner.run(["matrix", "--format", "csv"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\r\n").map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let column = try #require(header.firstIndex(of: "Destinasjon Røros"))
        let holtalen = try #require(lines.first { $0.hasPrefix("Holtålen kommune,") })
        #expect(holtalen.split(separator: ",", omittingEmptySubsequences: false).map(String.init)[column] == "O")
    }

    @Test func pathShowsEachStep() throws {
        let output = try CommandRunner.run(["path", "Østersund", "Engerdal", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let steps = try rows(output.stdout)
        #expect(steps.first?["from"] as? String == "ostersund")
        #expect(steps.last?["id"] as? String == "engerdal")
        #expect(steps.allSatisfy { $0["relation"] is String && $0["sources"] is [Any] })
    }

    @Test func atFiltersByDate() throws {
        // Røros became a Sami administrative municipality in 2018.
        let before = try CommandRunner.run(["memberships", "roros", "--at", "2017", "--format", "json"])
        let after = try CommandRunner.run(["memberships", "roros", "--at", "2019", "--format", "json"])
        let beforeIDs = Set(try rows(before.stdout).compactMap { $0["id"] as? String })
        let afterIDs = Set(try rows(after.stdout).compactMap { $0["id"] as? String })
        #expect(!beforeIDs.contains("samisk-forvaltningsomrade"))
        #expect(afterIDs.contains("samisk-forvaltningsomrade"))
    }

    @Test func searchFindsByAnyName() throws {
        let output = try CommandRunner.run(["search", "saemien", "--format", "json"])
        let ids = try rows(output.stdout).compactMap { $0["id"] as? String }
        #expect(ids.contains("samisk-helseteam"))
        #expect(ids.contains("samisk-rad-trondelag"))
    }

    @Test func theShippedDataValidatesAndEveryQuoteIsInItsDocument() throws {
        let seeds = CommandRunner.packageFolder.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        var arguments = ["validate", "--strict"]
        if FileManager.default.fileExists(atPath: seeds.path) {
            arguments += ["--documents", seeds.path]
        }
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("0 errors, 0 warnings"))
    }
}
