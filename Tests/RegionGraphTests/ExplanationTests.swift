import Testing
@testable import RegionGraph

@Suite struct ExplanationTests {
    @Test func everyRelationTypeReadsAsNorwegian() {
        let expected: [RelationType: String] = [
            .memberOf: "er medlem av", .partOf: "er del av", .owns: "eier", .participatesIn: "deltar i",
            .partnerOf: "er partner i", .secretariatFor: "er sekretariat for", .leads: "leder",
            .boardMemberOf: "er styremedlem i", .responsibleFor: "har ansvar for",
            .representedIn: "er representert i", .locatedIn: "ligger i", .funds: "finansierer",
            .hosts: "er vertskap for", .adopted: "vedtok", .advises: "gir råd til",
            .initiated: "tok initiativ til", .holdsPositionIn: "har verv i", .concerns: "gjelder",
            .succeededBy: "ble etterfulgt av",
        ]
        #expect(Set(expected.keys) == Set(RelationType.allCases))
        for type in RelationType.allCases {
            #expect(type.phrase(in: .bokmal) == expected[type], "\(type)")
        }
        #expect(Set(EntityKind.allCases.map { $0.label(in: .bokmal) }).count == EntityKind.allCases.count)
    }

    @Test func aRelationReadsAsASentenceWithItsRoleAndDates() throws {
        let network = Fixture.network
        let represented = try #require(network.relations(from: "roros").first { $0.type == .representedIn })
        #expect(network.sentence(for: represented) == "Røros kommune er representert i Verdensarvrådet (ordfører)")
        let member = try #require(network.relations(from: "holtalen").first { $0.type == .memberOf })
        #expect(network.sentence(for: member)
            == "Holtålen kommune er medlem av Interkommunalt politisk råd Trøndelag Sør")
        let responsible = try #require(network.relations(from: "au").first)
        #expect(network.sentence(for: responsible)
            == "Arbeidsutvalget har ansvar for Delta i Jernbaneforum, fra 2019 til 2020")
        var open = responsible
        open.validity = Validity(start: PartialDate(year: 2017))
        open.role = "medlemskommune"
        open.asOf = try PartialDate(parsing: "2022-12-20")
        #expect(network.sentence(for: open)
            == "Arbeidsutvalget har ansvar for Delta i Jernbaneforum (medlemskommune), fra 2017, per 2022-12-20")
        open.validity = Validity(end: PartialDate(year: 2022))
        open.role = nil
        open.asOf = nil
        #expect(network.sentence(for: open) == "Arbeidsutvalget har ansvar for Delta i Jernbaneforum, til 2022")
        let plan = try #require(network.entity("plan"))
        #expect(network.sentence(for: plan) == "Handlingsplan 2019-2020 er registrert som plan, fra 2019 til 2020")
    }

    @Test func twoEntitiesAreConnectedDirectlyElseByTheShortestChain() throws {
        let network = Fixture.network
        let direct = try #require(network.connection(between: "verdensarvradet", and: "roros"))
        #expect(direct.isDirect)
        #expect(direct.relations.map(\.type) == [.representedIn])
        let chain = try #require(network.connection(between: "roros", and: "holtalen"))
        #expect(!chain.isDirect)
        #expect(chain.relations.count == 2)
        #expect(chain.relations == network.path(from: "roros", to: "holtalen")?.map(\.relation))
        #expect(network.connection(between: "roros", and: "roros") == nil)
        #expect(network.connection(between: "roros", and: "nowhere") == nil)
    }

    @Test func anExplanationGivesEachFactOnceWithItsSourcesAndTheirLines() throws {
        let network = Fixture.network
        let relations = network.relations(to: "verdensarvradet")   // facts 9, 10 and 11
        let text = DocumentText("Innledning\n\nfact\n 9 og\nfact 10 her\n")
        let roros = try #require(network.entity("roros"))
        let explanation = network.explanation(
            of: relations + relations, entities: [roros], texts: ["doc": text])
        #expect(explanation.facts.count == relations.count + 1)
        #expect(explanation.facts.first?.subject == .entity(roros))
        #expect(explanation.facts.first?.sentence == "Røros kommune er registrert som kommune")
        // Built from values: nothing says where the facts are recorded.
        #expect(explanation.facts.allSatisfy { $0.location == nil })
        let lines = explanation.facts.dropFirst().map { $0.sources.first?.lines }
        #expect(lines == [3...4, 5...5, nil])   // "fact 9", "fact 10", "fact 11" (not in the text)
        #expect(explanation.facts.last?.sources.first?.document == Fixture.document)
    }

    @Test func documentTextsFoldWhiteSpaceAndKnowTheirLines() {
        let text = DocumentText("  Første linje\r\nRøros kommune er\n   prosjekteier\tpå norsk side.\n\nSlutt")
        #expect(text.lines(of: "Første linje") == 1...1)
        #expect(text.lines(of: "er prosjekteier på") == 2...3)
        #expect(text.lines(of: "  Slutt ") == 5...5)
        #expect(text.contains("kommune er prosjekteier"))
        #expect(!text.contains("kommune  er  eier"))
        #expect(text.lines(of: "Slutten") == nil)
        #expect(text.lines(of: " ") == nil)
        // The same matching as `validate --documents`.
        var records = DatasetRecords()
        var entity = EntityRecord(location: nil)
        entity.citations = [
            CitationRecord(location: nil, document: Located("doc", at: nil), quote: Located("linje Røros", at: nil)),
            CitationRecord(location: nil, document: Located("doc", at: nil), quote: Located("linjeRøros", at: nil)),
        ]
        records.entities = [entity]
        #expect(records.quoteProblems(in: ["doc": text]).count == 1)
    }
}

@Suite struct LanguageTests {
    @Test func norwegianLocalesMeanBokmalAndOthersEnglish() {
        #expect(Language(localeName: "nb_NO.UTF-8") == .bokmal)
        #expect(Language(localeName: "nn_NO") == .bokmal)
        #expect(Language(localeName: "no") == .bokmal)
        #expect(Language(localeName: "en_GB.UTF-8") == .english)
        #expect(Language(localeName: "sv_SE.UTF-8") == .english)
        #expect(Language(localeName: "C") == nil)
        #expect(Language(localeName: "") == nil)
        #expect(Language(environment: ["LC_ALL": "C", "LANG": "nb_NO.UTF-8"]) == .bokmal)
        #expect(Language(environment: ["LC_ALL": "en_US.UTF-8", "LANG": "nb_NO.UTF-8"]) == .english)
        #expect(Language(environment: [:]) == .english)
    }

    @Test func countsUseTheRightNounForOneAndMany() {
        #expect(Language.bokmal.count(1, en: "member", nb: "medlem", plural: "medlemmer") == "1 medlem")
        #expect(Language.bokmal.count(3, en: "member", nb: "medlem", plural: "medlemmer") == "3 medlemmer")
        #expect(Language.english.count(0, en: "body", enPlural: "bodies", nb: "enhet", plural: "enheter") == "0 bodies")
    }

    @Test func everyKindRelationAndMarkHasItsOwnWordsInBothLanguages() {
        for language in Language.allCases {
            #expect(Set(EntityKind.allCases.map { $0.label(in: language) }).count == EntityKind.allCases.count)
            #expect(Set(RelationType.allCases.map { $0.label(in: language) }).count == RelationType.allCases.count)
            #expect(Set(RelationType.allCases.map { $0.mark(in: language) }).count == RelationType.allCases.count)
            #expect(Set(RelationType.allCases.map { $0.inversePhrase(in: language) }).count == RelationType.allCases.count)
        }
        #expect(EntityKind.municipality.label(in: .bokmal) == "kommune")
        #expect(RelationType.memberOf.label(in: .bokmal) == "medlem av")
        #expect(RelationType.memberOf.label(in: .english) == "member of")
        #expect(RelationType.owns.inversePhrase(in: .bokmal) == "eies av")
    }
}
