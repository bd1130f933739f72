import RegionGraph
import Testing
@testable import RegionGraphIO

@Suite struct SpreadsheetDatasetReaderTests {
    let entities = #"""
        id,kind,name,population,aliases,short
        roros,municipality,Røros kommune,5600,Rossen tjïelte; Bergstaden,Røros
        ipr,council,"Interkommunalt politisk råd Trøndelag Sør, IPR",,,
        rad,forum,"Rådet ""A""",,,

        """#
    let relations = """
        from,to,type,role,start,end,source
        roros,ipr,member_of,"medlem, fast",2017,,roros-samfunnsutvikling
        roros,rad,participates_in,,2019-05,2020,"brreg, 1420"

        """

    func network() throws -> Network {
        var records = SpreadsheetDatasetReader.readEntities(Array(entities.utf8), file: "x/entities.csv")
        records.append(contentsOf: SpreadsheetDatasetReader.readRelations(Array(relations.utf8), file: "x/relations.csv"))
        return try Network.validating(records).get()
    }

    @Test func readsEntitiesWithExtraColumnsAsAttributes() throws {
        let network = try network()
        let roros = try #require(network.entity("roros"))
        #expect(roros.name == "Røros kommune")
        #expect(roros.shortName == "Røros")
        #expect(roros.aliases == ["Rossen tjïelte", "Bergstaden"])
        #expect(roros.attributes == ["population": "5600"])
        #expect(network.entity("ipr")?.kind == .regionalCouncil)
        #expect(network.entity("ipr")?.name == "Interkommunalt politisk råd Trøndelag Sør, IPR")
        #expect(network.entity("rad")?.name == "Rådet \"A\"")
    }

    @Test func readsRelationsWithRolesDatesAndFreeTextSources() throws {
        let network = try network()
        let relations = network.relations(from: "roros")
        #expect(relations.map(\.role) == ["medlem, fast", nil])
        #expect(relations[1].validity.description == "2019-05–2020")
        #expect(relations[1].citations == [Citation(reference: "brreg, 1420")])
    }

    @Test func reportsAMissingHeaderColumnAndRowsOfTheWrongWidth() {
        let records = SpreadsheetDatasetReader.readRelations(
            Array("from,to,kind\na,b,c\n".utf8), file: "x/relations.csv")
        #expect(records.diagnostics.map(\.message).prefix(2) == [
            "the header has no column 'type'", "the header has no column 'role'",
        ])
        let wide = SpreadsheetDatasetReader.readEntities(
            Array("id,kind,name\na,forum,A,extra\n".utf8), file: "x/entities.csv")
        #expect(wide.diagnostics.map(\.description) == [
            """
            x/entities.csv:2:11: error: the row has 4 fields, the header 3
            x/entities.csv:2:11: note: quote fields that contain commas, and give every row the header's columns
            """
        ])
    }

    @Test func danglingReferencesInRelationsNameTheRowAndColumn() {
        var records = SpreadsheetDatasetReader.readEntities(Array(entities.utf8), file: "x/entities.csv")
        records.append(contentsOf: SpreadsheetDatasetReader.readRelations(
            Array("from,to,type,role,start,end,source\nroros,ipx,member_of,,,,s\n".utf8), file: "x/relations.csv"))
        #expect(Network.validating(records).errors.map { "\($0.location!): \($0.message)" } == [
            "x/relations.csv:2:7: unknown entity 'ipx' (did you mean 'ipr'?)"
        ])
    }
}
