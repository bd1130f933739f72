import Foundation
import RegionGraph
import Testing
@testable import RegionGraphIO

/// An `entities.csv` of plain rows is read as a table (`PlainEntityTable`) rather than a record
/// per row: the loader must give what the records give, diagnostics, entities and their
/// locations included; a file with anything else in it is read as records.
@Suite struct PlainEntitiesTests {
    static let relations = Array("from,to,type,role,start,end,source\nroros,ipr,member_of,,2017,,kst-1\n".utf8)

    /// Loads `entities` (with `relations.csv`, and `others`) both ways, and expects the same.
    func expectSameAsRecords(
        _ entities: String, others: [String: [UInt8]] = [:], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let folder = try LargeSpreadsheetTests.folder(
            others.merging(["entities.csv": Array(entities.utf8), "relations.csv": Self.relations]) { $1 })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let loaded = try DatasetLoader.load(from: folder)
        let recorded = Network.validating(try DatasetLoader.records(from: folder))
        #expect(loaded.diagnostics.map(\.description) == recorded.diagnostics.map(\.description), sourceLocation: sourceLocation)
        #expect((loaded.network == nil) == (recorded.network == nil), sourceLocation: sourceLocation)
        guard let network = loaded.network, let expected = recorded.network else { return }
        #expect(network.entities == expected.entities, sourceLocation: sourceLocation)
        #expect(network.relations == expected.relations, sourceLocation: sourceLocation)
        #expect(network.entities.map { network.location(of: $0.id) } == expected.entities.map { expected.location(of: $0.id) },
            sourceLocation: sourceLocation)
        #expect(network.entities.map(\.id) == network.entities.map(\.id).sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) },
            sourceLocation: sourceLocation)
    }

    static let plainFiles = [
        "id,kind,name\nroros,municipality,Røros kommune\nipr,council,Interkommunalt politisk råd\n",
        // Another order of columns, upper-case header, CRLF, a byte-order mark, quotes.
        "\u{FEFF}Name,ID,Kind\r\n\"Røros, kommune\",roros,kommune\r\n\"Rådet \"\"IPR\"\"\",ipr,regional_council\r\n",
        // Sámi and Norwegian letters, in ids too; an id repeated (an error, as with records).
        "id,kind,name\nroros,municipality,Røros\nipr,council,Råddie\nsnåasa,municipality,Snåasen tjïelte\nroros,company,Røros AS\n",
        "id,kind,name\n",
        // ASCII ids repeated, more than once (found by sorting).
        "id,kind,name\nroros,municipality,Røros\nipr,council,IPR\nroros,company,Røros AS\nipr,forum,IPR 2\nroros,project,R3\nos,kommune,Os\n",
        // The same id in two spellings of å, one id as `String`s see it (found by hashing).
        "id,kind,name\nr\u{E5}s,municipality,Ås\nra\u{30A}s,municipality,Ås 2\nroros,municipality,Røros\nipr,council,IPR\n",
    ]

    @Test(arguments: plainFiles)
    func aPlainFileIsReadAsATableWithWhatRecordsGive(entities: String) throws {
        #expect(SpreadsheetDatasetReader.readPlainEntities(Array(entities.utf8), file: "net/entities.csv") != nil)
        try expectSameAsRecords(entities)
    }

    static let otherFiles = [
        "id,kind,name,short\nroros,municipality,Røros kommune,Røros\nipr,council,IPR,\n",
        "id,kind,name\nroros,municipality,\nipr,council,IPR\n",
        "id,kind,name\nrø ros,municipality,Røros\nipr,council,IPR\n",
        "id,kind,name\nroros,kommunen,Røros\nipr,council,IPR\n",
        "id,kind,name\nroros,municipality,Røros,extra\nipr,council,IPR\n",
        "id,kind,name\nroros,municipality,\"Røros\u{1B}\"\nipr,council,IPR\n",
        "id,kind,name\nroros,municipality,\"Røros\nipr,council,IPR\n",
        "id,kind\nroros,municipality\nipr,council\n",
        "",
    ]

    @Test(arguments: otherFiles)
    func aFileWithMoreIsReadAsRecords(entities: String) throws {
        #expect(SpreadsheetDatasetReader.readPlainEntities(Array(entities.utf8), file: "net/entities.csv") == nil)
        try expectSameAsRecords(entities)
    }

    @Test func aFileInWindows1252IsReadAsRecords() throws {
        let bytes: [UInt8] = Array("id,kind,name\nroros,municipality,R".utf8) + [0xF8] + Array("ros\nipr,council,IPR\n".utf8)
        #expect(SpreadsheetDatasetReader.readPlainEntities(bytes, file: "net/entities.csv") == nil)
        let folder = try LargeSpreadsheetTests.folder(["entities.csv": bytes, "relations.csv": Self.relations])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let loaded = try DatasetLoader.load(from: folder)
        #expect(loaded.network?.entity(EntityID("roros"))?.name == "Røros")
        #expect(loaded.diagnostics.contains { $0.message.contains("Windows-1252") })
    }

    /// Entities of YAML files come first, then the table's, as their records would.
    @Test func entitiesOfOtherFilesComeFirst() throws {
        let yaml = Array("""
            entities:
              - id: green-flyway
                kind: project
                name: Green Flyway
              - id: roros
                kind: municipality
                name: Røros i YAML

            """.utf8)
        try expectSameAsRecords(
            "id,kind,name\nroros,municipality,Røros kommune\nipr,council,IPR\n", others: ["a.yaml": yaml])
    }
}
