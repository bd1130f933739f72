import Foundation
import Testing

/// Questions across time: the reform's mergers, histories, changes in a period, answers at a
/// date and mapped to today, the overview grouped by county at a date.
@Suite struct TimeTravelTests {
    @Test func fosenregionenHadSevenMunicipalitiesIn2015AndTheyAreFourToday() throws {
        let then = try CommandRunner.run(["members", "Fosenregionen", "--at", "2015", "--format", "json"])
        #expect(then.status == 0, "\(then.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(then.stdout.utf8)) as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["id"] as? String })
            == ["bjugn", "orland", "rissa", "afjord", "roan", "osen", "leksvik"])

        let today = try CommandRunner.run(["members", "Fosenregionen", "--at", "2015", "--today"])
        #expect(today.status == 0, "\(today.stderr)")
        let lines = today.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Members of Fosenregionen (fosenregionen), mapped to today's entities")
        let names = lines.dropFirst(2).filter { $0.hasSuffix("kommune") || $0.contains("  ") }.compactMap { line in
            ["Indre Fosen kommune", "Osen kommune", "Ørland kommune", "Åfjord kommune"].first { line.hasPrefix($0) }
        }
        #expect(names == ["Indre Fosen kommune", "Osen kommune", "Ørland kommune", "Åfjord kommune"])
        #expect(lines.contains("Rissa kommune → Indre Fosen kommune (2018)"))
        #expect(lines.contains("Leksvik kommune → Indre Fosen kommune (2018)"))
        #expect(lines.contains("Roan kommune → Åfjord kommune (2020)"))
        #expect(lines.last == "4 today (7 then)")

        let asOfNow = try CommandRunner.run(["members", "Fosenregionen", "--as-of-now", "--format", "json"])
        let mapped = try #require(try JSONSerialization.jsonObject(with: Data(asOfNow.stdout.utf8)) as? [[String: Any]])
        #expect(mapped.compactMap { $0["id"] as? String } == ["indre-fosen", "osen", "orland-2020", "afjord-2020"])
        #expect(mapped.first?["was"] as? [String] == ["leksvik", "rissa"])

        let drawn = try CommandRunner.run(["members", "Fosenregionen", "--today", "--format", "svg"])
        #expect(drawn.status == 64)
    }

    @Test func bjugnsHistoryEndsInTheMergerIntoOrland() throws {
        let output = try CommandRunner.run(["history", "Bjugn"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("2019-12-31  ended      Bjugn kommune (municipality)"))
        #expect(lines.contains("2020-01-01  succeeded  Bjugn kommune → Ørland kommune"))
        #expect(lines.contains("Today: Bjugn kommune → Ørland kommune (2020)"))
        let norsk = try CommandRunner.run(["history", "Ørland", "--language", "nb"])
        #expect(norsk.stdout.contains("Dannet av: Bjugn kommune, Ørland kommune"))
        #expect(norsk.stderr.contains("'Ørland' tolket som Ørland kommune (kommune, 2020-01-01–)"))
    }

    @Test func whatTheTwoPlansBeganAndEndedAroundTheRegionalCouncil() throws {
        let output = try CommandRunner.run(
            ["changes", "--from", "2019", "--to", "2022", "--around", "Regionrådet for Fjellregionen", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let events = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        func entityEvents(_ kind: String) -> Set<String> {
            Set(events.filter { $0["event"] as? String == kind }.compactMap { ($0["entity"] as? [String: Any])?["id"] as? String })
        }
        #expect(entityEvents("began").isSuperset(of: ["handlingsplan-fjellregionen-2019-2020", "handlingsplan-fjellregionen-2021-2022"]))
        #expect(entityEvents("ended").contains("handlingsplan-fjellregionen-2019-2020"))
        #expect(events.contains { $0["event"] as? String == "ended" && $0["relation"] as? String == "responsible_for" })
        // Nothing outside the council's sphere: no municipality's county, no Fosen merger.
        #expect(!events.contains { $0["relation"] as? String == "located_in" || $0["relation"] as? String == "succeeded_by" })
        let all = try CommandRunner.run(["changes", "--from", "2020"])
        #expect(all.stdout.contains("Bjugn kommune → Ørland kommune"))
        let backwards = try CommandRunner.run(["changes", "--from", "2022", "--to", "2019"])
        #expect(backwards.status == 64)
    }

    @Test func pathAndSharedAnswerAtADate() throws {
        let then = try CommandRunner.run(["shared", "bjugn", "orland", "--at", "2015", "--format", "json"])
        #expect(then.stdout.contains("\"fosenregionen\""))
        let later = try CommandRunner.run(["shared", "bjugn", "orland", "--at", "2021", "--format", "json"])
        #expect(later.status == 0)
        #expect(!later.stdout.contains("\"fosenregionen\""))
        let path = try CommandRunner.run(["path", "Rissa", "Leksvik", "--at", "2021"])
        #expect(path.status == 3)
    }

    @Test(arguments: [("2017", "roros", "Sør-Trøndelag fylkeskommune"), ("2021", "roros", "Trøndelag fylkeskommune"),
                      ("2019", "tolga", "Hedmark fylkeskommune"), ("2021", "tolga", "Innlandet fylkeskommune")])
    func theOverviewAtADateGroupsMunicipalitiesByTheirCountyThen(_ date: String, _ municipality: String, _ county: String) throws {
        let output = try CommandRunner.run(["render", "--scope", "overview", "--at", date, "--whole", "--format", "dot", "--output", "-"])
        #expect(output.status == 0, "\(output.stderr)")
        // The cluster whose label is the county holds the municipality.
        let clusters = output.stdout.components(separatedBy: "subgraph \"cluster_").dropFirst()
        let holding = clusters.first { $0.contains("\"label\"=\"\(county)\"") }
        #expect(holding?.components(separatedBy: "}").first?.contains("\"\(municipality)\" [") == true, "\(date)")
    }

    @Test func gexfAndPopoloCarryTheDatesAndTheSuccessions() throws {
        let gexf = try CommandRunner.run(["export", "--format", "gexf", "--output", "-"])
        #expect(gexf.status == 0)
        #expect(gexf.stdout.contains(#"<node id="bjugn" label="Bjugn" end="2019-12-31">"#))
        #expect(gexf.stdout.contains(#"<node id="orland-2020" label="Ørland" start="2020-01-01">"#))
        #expect(gexf.stdout.contains(#"source="bjugn" target="orland-2020" label="succeeded_by" start="2020-01-01">"#))

        let popolo = try CommandRunner.run(["export", "--format", "popolo", "--output", "-"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(popolo.stdout.utf8)) as? [String: Any])
        let organizations = try #require(json["organizations"] as? [[String: Any]])
        let bjugn = try #require(organizations.first { $0["id"] as? String == "bjugn" })
        #expect(bjugn["dissolution_date"] as? String == "2019-12-31")
        let trondelag = try #require(organizations.first { $0["id"] as? String == "trondelag-fylkeskommune" })
        #expect(trondelag["founding_date"] as? String == "2018-01-01")
        let sources = try #require(bjugn["sources"] as? [[String: Any]])
        #expect(sources.contains { ($0["url"] as? String)?.hasPrefix("https://www.trondelagfylke.no/") == true })
        let relations = try #require(json["x_relations"] as? [[String: Any]])
        #expect(relations.contains { $0["from_id"] as? String == "rissa" && $0["type"] as? String == "succeeded_by"
            && $0["to_id"] as? String == "indre-fosen" })
    }
}
