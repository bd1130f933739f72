import RegionGraph
import RegionGraphTestSupport
import Testing
@testable import RegionGraphIO

/// Successions, references without quotes and the checks of time, read from YAML as a user
/// writes them; and the shipped data's reform facts.
@Suite struct TimeTests {
    let file = "Data/test.yaml"

    func validation(_ body: String) -> DatasetValidation {
        let text = """
            documents:
              - id: d
                title: A document
                file: d.txt
              - id: ref
                title: Nye kommuner
                publisher: Departementet
                date: 2016
                url: https://www.example.no/nye-kommuner
            entities:
              - id: a
                kind: municipality
                name: A kommune
                end: 2017-12-31
                source: d
                quote: A
              - id: b
                kind: municipality
                name: B kommune
                start: 2018-01-01
                sources:
                  - doc: ref
              - id: c
                kind: regional_council
                name: C-rådet
                source: d
                quote: C
            relations:

            """ + body
        var builder = NetworkBuilder(records: YAMLDatasetReader.read(text, file: file))
        return builder.finish()
    }

    @Test func aSuccessionWhoseDatesMeetAndAReferenceWithoutAQuoteAreAccepted() throws {
        let validation = validation("""
              - from: a
                type: succeeded_by
                to: b
                sources:
                  - doc: ref
            """)
        #expect(validation.errors.isEmpty, "\(validation.diagnostics)")
        let network = try #require(validation.network)
        #expect(network.succession(of: "a")?.description == "A kommune → B kommune (2018)")
        #expect(network.predecessors(of: "b").map(\.id) == ["a"])
        #expect(network.document("ref")?.isReference == true)
        // Listed as notes, which validate --strict prints.
        #expect(validation.diagnostics.filter { $0.severity == .note }.map(\.message)
            == ["entity 'b' cites the reference 'ref' without a quote", "relation cites the reference 'ref' without a quote"]
            || validation.diagnostics.contains { $0.severity == .note && $0.message.contains("cites the reference 'ref' without a quote") })
    }

    @Test func aSuccessorMustStartTheDayAfterItsPredecessorEnds() {
        var text = validation("""
              - from: a
                type: succeeded_by
                to: c
                source: ref
            """)
        #expect(text.errors.map(\.message).contains { $0.contains("cannot be succeeded by C-rådet") })
        text = validation("""
              - from: b
                type: succeeded_by
                to: a
                source: ref
            """)
        #expect(text.errors.map(\.message).contains { $0.contains("B kommune is succeeded by A kommune but has no end") })
    }

    @Test func aRelationMayNotRunPastTheEndOfItsEntityWithoutANote() {
        let late = validation("""
              - from: a
                type: member_of
                to: c
                start: 2016
                end: 2019
                source: d
                quote: A
            """)
        let error = late.errors.first { $0.message.contains("past the end of A kommune") }
        #expect(error?.location?.line == 29)
        #expect(error?.message == "this relation runs to 2019, past the end of A kommune (2017-12-31)")
        let explained = validation("""
              - from: a
                type: member_of
                to: c
                end: 2019
                note: The council kept the membership of the former municipality until it was wound up.
                source: d
                quote: A
            """)
        #expect(explained.errors.isEmpty)
        let open = validation("""
              - from: a
                type: member_of
                to: c
                source: d
                quote: A
            """)
        #expect(open.errors.isEmpty)
    }

    @Test func aDocumentURLMustBeAWebAddress() {
        var builder = NetworkBuilder(records: YAMLDatasetReader.read("""
            documents:
              - id: ref
                title: Side
                url: www.example.no
            """, file: file))
        let validation = builder.finish()
        #expect(validation.errors.first?.message == "document 'ref' has url 'www.example.no', which is not a web address")
    }

    @Test func everyReferenceInTheShippedDataHasAnAddressPublisherAndDate() throws {
        let network = try ExportFixture.shippedNetwork()
        let references = network.documents.filter { $0.url != nil }
        #expect(references.count >= 8)
        for document in references {
            #expect(document.isReference, "\(document.id)")
            #expect(document.url?.hasPrefix("https://") == true, "\(document.id)")
            #expect(document.publisher?.isEmpty == false, "\(document.id)")
            #expect(document.date != nil, "\(document.id)")
            #expect(document.note?.isEmpty == false, "\(document.id)")
        }
        // Every fact the reform added cites a reference.
        for relation in network.relations where relation.type == .succeededBy || relation.type == .locatedIn
            && network.entity(relation.to)?.kind == .countyMunicipality {
            #expect(relation.citations.contains { citation in citation.document.map { network.document($0)?.isReference == true } ?? false },
                    "\(relation.from) \(relation.type) \(relation.to)")
        }
    }

    @Test func fosenregionensSevenMunicipalitiesAreFourToday() throws {
        let network = try ExportFixture.shippedNetwork()
        let then = network.snapshot(at: try PartialDate(parsing: "2015"))
        let members = Report.members(of: try #require(network.entity("fosenregionen")), in: then)
        #expect(members.rows.count == 7)
        let today = members.mappedToToday(in: network)
        #expect(today.rows.map { $0.cells[0] } == ["Indre Fosen kommune", "Osen kommune", "Ørland kommune", "Åfjord kommune"])
        #expect(today.footer.contains("Rissa kommune → Indre Fosen kommune (2018)"))
        #expect(today.footer.contains("Bjugn kommune → Ørland kommune (2020)"))
    }

    @Test func everyMunicipalityLiesInACountyAtEveryDateItExisted() throws {
        let network = try ExportFixture.shippedNetwork()
        for year in [2015, 2017, 2018, 2019, 2020, 2022] {
            let date = PartialDate(year: year, month: 6, day: 1)!
            let then = network.snapshot(at: date)
            for municipality in network.entities where municipality.kind == .municipality && municipality.validity.contains(date) {
                let counties = then.relations(from: municipality.id).filter { $0.type == .locatedIn }
                    .compactMap { then.entity($0.to) }.filter { $0.kind == .countyMunicipality || $0.kind == .region }
                #expect(counties.count == 1, "\(municipality.id) in \(year): \(counties.map(\.id))")
            }
        }
    }
}
