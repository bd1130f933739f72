import Foundation
import Testing

/// `plans`, `plan` and `plan-diff` on the shipped action plans.
@Suite struct PlanCommandTests {
    static let old = "handlingsplan-fjellregionen-2019-2020"
    static let new = "handlingsplan-fjellregionen-2021-2022"

    /// The comparison of the two shipped plans, decided by reading both documents.
    @Test func shippedPlansDiff() throws {
        let output = try CommandRunner.run(["plan-diff", Self.old, Self.new, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try CommandRunner.json(output.stdout) as? [String: Any])
        func ids(_ key: String, _ side: String? = nil) -> Set<String> {
            let items = json[key] as? [[String: Any]] ?? []
            return Set(items.compactMap { item in
                ((side.flatMap { item[$0] as? [String: Any] }) ?? item)["id"] as? String
            })
        }
        let planActions = [
            "interessepolitikk", "naeringsutvikling", "kompetanseutvikling",
        ].flatMap { ["hp-2019-2020-\($0)-fylkeskommunale-planer", "hp-2019-2020-\($0)-statlige-planer"] }
        let continuedOld = Set(["hp-2019-2020-jernbaneforum", "hp-2019-2020-skapende-ungdomsmesse"] + planActions)
        let continuedNew: Set = [
            "hp-2021-2022-jernbane-elektrifisering", "hp-2021-2022-fjellungdom-i-klimaskiftet",
            "hp-2021-2022-ungt-entreprenorskap-fra-2022", "hp-2021-2022-innspill-regionale-planer",
            "hp-2021-2022-interessepolitiske-innspill",
        ]
        #expect(ids("continued", "old") == continuedOld)
        #expect(ids("continued", "new") == continuedNew)
        let pairs = (json["continued"] as? [[String: Any]] ?? []).map {
            [($0["old"] as? [String: Any])?["id"] as? String ?? "", ($0["new"] as? [String: Any])?["id"] as? String ?? ""]
        }
        // The railway and the youth fair carry on; the six "gi innspill … planer" merge into two.
        #expect(pairs.contains(["hp-2019-2020-jernbaneforum", "hp-2021-2022-jernbane-elektrifisering"]))
        #expect(pairs.contains(["hp-2019-2020-skapende-ungdomsmesse", "hp-2021-2022-fjellungdom-i-klimaskiftet"]))
        #expect(pairs.contains(["hp-2019-2020-skapende-ungdomsmesse", "hp-2021-2022-ungt-entreprenorskap-fra-2022"]))
        #expect(pairs.count == 2 + 12 + 1)
        #expect(ids("dropped") == Set([
            "samhandling-fylkeskommunene", "vegforum-rv3", "kollektivtransport", "lufthavnradet",
            "spesialisthelsetilbud", "statlige-arbeidsplasser", "videregaende-opplaering",
            "desentralisert-hoyskoletilbud", "hoyere-utdanningstilbud", "roller-strategisk-naeringsarbeid",
            "utarbeide-kommunikasjonsplan", "scandinavian-bid-modell", "tynset-studie-og-hoyskolesenter",
            "laerlingeplasser", "kompetanse-2020", "ferdigstille-kommunikasjonsplan", "iverksette-kommunikasjonsplan",
        ].map { "hp-2019-2020-" + $0 }))
        #expect(ids("new_actions") == Set([
            "kunnskapsgrunnlag-klima-og-energiplaner", "strategi-baerekraftsmal", "kartlegging-mobildekning",
            "interessepolitikk-bredband", "interessepolitikk-landbruk", "kjeveortopedi", "fjellnettverket",
            "fellesarena", "sekretariat-ungdomsradet", "tiltak-tilflytting", "sommerjobber-for-ungdom",
            "samarbeid-innlandet-fylkeskommune", "sammen-om-rett-aktivitet", "innovasjon-norge", "reiseliv",
            "fellesprosjekter", "internasjonalt-rad",
        ].map { "hp-2021-2022-" + $0 }))
        // Every continued pair moved responsibility: the 2019-2020 plan named positions and
        // reference groups, the 2021-2022 plan the working committee or the administration.
        #expect(ids("reassigned", "old") == continuedOld)
        // Interessepolitikk and Næringsutvikling carry on in the new goals of the same words.
        #expect(ids("goals_removed") == ["hp-2019-2020-kompetanseutvikling", "hp-2019-2020-kommunikasjon"])
        // Read from the plans: "Interessepolitikk" goes on as "Felles interessepolitikk" and
        // "Næringsutvikling" as "Inkludering, innovasjon, næringsutvikling og verdiskapning";
        // the other six goals of 2021-2022 are new (landbruket among them: its "næringer" are
        // not the old goal's næringsutvikling).
        #expect(Set(ids("goals_added")) == [
            "hp-2021-2022-mal-tilflytting", "hp-2021-2022-mal-baerekraft", "hp-2021-2022-mal-forankring",
            "hp-2021-2022-mal-landbruk", "hp-2021-2022-mal-bredband-og-mobildekning", "hp-2021-2022-mal-ungdomsmedvirkning",
        ])
    }

    @Test func planDiffWithItselfContinuesEverything() throws {
        let output = try CommandRunner.run(["plan-diff", Self.new, Self.new, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try CommandRunner.json(output.stdout) as? [String: Any])
        #expect((json["new_actions"] as? [Any])?.isEmpty == true)
        #expect((json["dropped"] as? [Any])?.isEmpty == true)
        #expect((json["reassigned"] as? [Any])?.isEmpty == true)
    }

    @Test func planTableAndFilters() throws {
        let all = try CommandRunner.run(["plan", "Handlingsplan 2021-2022", "--format", "json"])
        #expect(all.status == 0, "\(all.stderr)")
        let json = try #require(try CommandRunner.json(all.stdout) as? [String: Any])
        #expect((json["actions"] as? [Any])?.count == 22)
        #expect((json["goals"] as? [Any])?.count == 8)
        let text = try CommandRunner.run(["plan", Self.old, "--long"])
        #expect(text.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
        #expect(text.stdout.contains("Financing: Drift"))
        let administration = try CommandRunner.run(["plan", Self.new, "--responsible", "Administrasjonen", "--format", "csv"])
        #expect(administration.stdout.hasPrefix("\u{FEFF}Goal,Action,"))
        #expect(administration.stdout.contains("\r\n"))
        #expect(administration.stdout.split(separator: "\r\n").count == 1 + 7)
        let railway = try CommandRunner.run(["plan", Self.old, "--concerning", "Vegforum RV3", "--format", "markdown"])
        #expect(railway.stdout.contains("| Goal | Action |"))
        #expect(railway.stdout.contains("Vegforum RV3"))
        let goal = try CommandRunner.run(["plan", Self.old, "--goal", "4", "--format", "json"])
        let goalJSON = try #require(try CommandRunner.json(goal.stdout) as? [String: Any])
        #expect((goalJSON["actions"] as? [Any])?.count == 2)
    }

    @Test func notAPlanExitsTwoListingThePlans() throws {
        let output = try CommandRunner.run(["plan", "Røros"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("municipality, not a plan"))
        #expect(output.stderr.contains(Self.new))
    }

    @Test func plansListsCounts() throws {
        let output = try CommandRunner.run(["plans", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let rows = try #require(try CommandRunner.json(output.stdout) as? [[String: Any]])
        let new = try #require(rows.first { $0["id"] as? String == Self.new })
        #expect(new["goals"] as? Int == 8 && new["actions"] as? Int == 22)
        #expect(new["adopted_by"] as? [String] == ["regionradet-fjellregionen"])
    }
}
