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
        let output = try CommandRunner.run(["participants", "green-flyway", "--sources", "--wide"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Participants in Green Flyway (green-flyway)")
        #expect(lines[1].hasPrefix("NAME "))
        #expect(output.stdout.contains("Røros kommune "))
        #expect(output.stdout.contains("    source: Samfunnsutvikling (Røros kommune, 2022-12-20): \"Røros kommune er prosjekteier på norsk side"))
    }

    @Test func destinasjonRorosHasNoOwnersAndServesSixMunicipalities() throws {
        // The page says "et felles destinasjonsselskap for kommunene …", nothing of ownership.
        let members = try CommandRunner.run(["members", "Destinasjon Røros", "--format", "json"])
        #expect(members.status == 0, "\(members.stderr)")
        #expect(try rows(members.stdout).allSatisfy { $0["relation"] as? String != "owns" })

        let output = try CommandRunner.run(["participants", "Destinasjon Røros", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let municipalities = try rows(output.stdout).filter { $0["kind"] as? String == "municipality" }
        #expect(municipalities.compactMap { $0["id"] as? String }
            == ["alvdal", "holtalen", "os", "roros", "tolga", "tynset"])
        #expect(municipalities.allSatisfy {
            $0["relation"] as? String == "participates_in"
                && $0["role"] as? String == "felles destinasjonsselskap for kommunene"
        })

        let show = try CommandRunner.run(["show", "destinasjon-roros", "--format", "json"])
        let object = try #require(try CommandRunner.json(show.stdout) as? [String: Any])
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(!relations.contains { $0["relation"] as? String == "owns" })
        #expect(relations.contains {
            $0["id"] as? String == "roros-bergstad-og-circumferensen" && $0["relation"] as? String == "part_of"
        })
    }

    @Test func theRegionalCouncilWasAlreadySecretariatIn2020() throws {
        // "fortsatt … være sekretariat for …": the role is older than the 2021-2022 plan.
        let output = try CommandRunner.run(["show", "Regionrådet for Fjellregionen", "--at", "2020", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try CommandRunner.json(output.stdout) as? [String: Any])
        let relations = try #require(object["relations"] as? [[String: Any]])
        let secretariats = relations.filter {
            $0["relation"] as? String == "secretariat_for" && $0["direction"] as? String == "out"
        }
        #expect(Set(secretariats.compactMap { $0["id"] as? String })
            == ["jernbaneforum-roros-solorbanen", "ungdomsradet-fjellregionen"])
        #expect(secretariats.allSatisfy { $0["start"] == nil || $0["start"] is NSNull })
    }

    @Test func whichActionsConcernJernbaneforumRorosOgSolorbanen() throws {
        let output = try CommandRunner.run(["show", "Jernbaneforum Røros- og Solørbanen", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try CommandRunner.json(output.stdout) as? [String: Any])
        let relations = try #require(object["relations"] as? [[String: Any]])
        let actions = relations.filter {
            $0["relation"] as? String == "concerns" && $0["direction"] as? String == "in"
        }
        #expect(Set(actions.compactMap { $0["id"] as? String })
            == ["hp-2019-2020-jernbaneforum", "hp-2021-2022-jernbane-elektrifisering"])
        #expect(actions.allSatisfy { $0["kind"] as? String == "plan_action" })
        // The 2019-2020 plan's "Jernbaneforum" is the regional forum, not the national conference.
        let conference = try CommandRunner.run(["show", "jernbaneforum", "--format", "json"])
        let conferenceObject = try #require(try CommandRunner.json(conference.stdout) as? [String: Any])
        let conferenceRelations = try #require(conferenceObject["relations"] as? [[String: Any]])
        #expect(!conferenceRelations.contains { $0["id"] as? String == "regionradet-fjellregionen" })
    }

    @Test func eachRegionsByregionProgrammeHasItsOwnMunicipalities() throws {
        func roles(_ programme: String) throws -> [String: String] {
            let output = try CommandRunner.run(["participants", programme, "--format", "json"])
            #expect(output.status == 0, "\(output.stderr)")
            var roles: [String: String] = [:]
            for row in try rows(output.stdout)
            where row["kind"] as? String == "municipality" && row["relation"] as? String == "participates_in" {
                roles[row["id"] as? String ?? ""] = row["role"] as? String
            }
            return roles
        }
        let fjellregionen = try roles("Byregionprogrammet i Fjellregionen")
        #expect(fjellregionen["tynset"] == "søkerkommune")
        #expect(Set(fjellregionen.filter { $0.value == "samarbeidskommune" }.keys)
            == ["rendalen", "tolga", "alvdal", "folldal", "os", "roros", "holtalen"])
        #expect(fjellregionen.count == 8)

        let fosen = try roles("Byregionprogrammet i Fosenregionen")
        #expect(fosen["bjugn"] == "søkerkommune")
        #expect(Set(fosen.filter { $0.value == "samarbeidskommune" }.keys)
            == ["orland", "rissa", "afjord", "roan", "osen", "leksvik"])
        #expect(fosen.count == 7)

        let national = try CommandRunner.run(["participants", "Byregionprogrammet", "--format", "json"])
        #expect(Set(try rows(national.stdout).compactMap { $0["id"] as? String }) == ["fjellregionen", "fosenregionen"])
    }

    @Test func everyEntityHasARelation() throws {
        let output = try CommandRunner.run(["export", "--format", "json", "--output", "-"])
        #expect(output.status == 0, "\(output.stderr)")
        let network = try #require(try CommandRunner.json(output.stdout) as? [String: Any])
        let entities = try #require(network["entities"] as? [[String: Any]])
        let relations = try #require(network["relations"] as? [[String: Any]])
        var linked = Set<String>()
        for relation in relations {
            if let from = relation["from"] as? String { linked.insert(from) }
            if let to = relation["to"] as? String { linked.insert(to) }
        }
        let alone = entities.compactMap { $0["id"] as? String }.filter { !linked.contains($0) }
        #expect(alone.isEmpty, "entities without relations: \(alone)")
        // And every plan action says what it concerns.
        let concerning = Set(relations.filter { $0["type"] as? String == "concerns" }.compactMap { $0["from"] as? String })
        let actions = entities.filter { $0["kind"] as? String == "plan_action" }.compactMap { $0["id"] as? String }
        #expect(!actions.isEmpty)
        #expect(actions.filter { !concerning.contains($0) }.isEmpty)
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
        // Holtålen takes part in the joint destination company (D); nothing says it owns it.
        #expect(holtalen.split(separator: ",", omittingEmptySubsequences: false).map(String.init)[column] == "D")
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

extension UserQuestionsTests {
    /// Relations that are readings of their source are marked as such wherever they are shown.
    @Test func inferredRelationsAreMarkedInAnswersAndListedByStrictValidation() throws {
        let strict = try CommandRunner.run(["validate", "--strict"])
        #expect(strict.status == 0, "\(strict.stderr)")
        let notes = strict.stderr.split(separator: "\n").filter { $0.contains(": note: inferred: ") }
        #expect(notes.count == 37)
        #expect(strict.stdout.contains("0 errors, 0 warnings, 37 inferred relations"))
        // Without --strict the notes are not printed, and they are no warnings.
        let plain = try CommandRunner.run(["validate"])
        #expect(!plain.stderr.contains("note: inferred"))
        let show = try CommandRunner.run(["show", "Røros", "--sources"])
        #expect(show.stdout.contains("flyplassalliansen"))
        #expect(show.stdout.contains("source: (inferred: The alliance consists of the host municipalities"))
        let json = try CommandRunner.run(["memberships", "Røros", "--format", "json"])
        #expect(json.stdout.contains(#""certainty": "inferred""#))
    }
}
