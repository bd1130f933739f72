import Foundation
import RegionGraph
import RegionGraphTestSupport
import Testing
@testable import RegionGraphIO

/// The spreadsheet layout: export, load with the project's loader, export again.
@Suite struct ExportSpreadsheetTests {
    /// Writes `network` as a spreadsheet folder and loads it back with ``DatasetLoader``.
    func roundTrip(_ network: Network) throws -> (files: [ExportFile], loaded: DatasetValidation, folder: String) {
        let files = try SpreadsheetExporter.files(of: network)
        let folder = try ExportFixture.temporaryFolder()
        try Exporter.write(files, to: folder, as: .csv)
        return (files, try DatasetLoader.load(from: folder), folder)
    }

    /// Relations compared without their ids, which are positions in the order they were read.
    func relationFacts(_ network: Network) -> [String] {
        network.relations.sorted(by: ExportContent.exportOrder).map { relation in
            var copy = relation
            copy.id = RelationID(rawValue: 0)
            return String(describing: copy)
        }
    }

    func expectLossless(_ original: Network) throws {
        let (files, validation, folder) = try roundTrip(original)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(validation.errors.isEmpty, "\(validation.errors.prefix(5).map(\.description))")
        let loaded = try validation.get()
        #expect(loaded.documents == original.documents)
        #expect(loaded.entities == original.entities)
        #expect(relationFacts(loaded) == relationFacts(original))
        #expect(JSONExporter.text(of: loaded) == JSONExporter.text(of: original))
        #expect(try SpreadsheetExporter.files(of: loaded) == files, "exporting the loaded network gives other bytes")
    }

    /// The loader reads the whole layout the export writes: `documents.csv`, entity sources,
    /// `source_2`/`quote_2` columns, and a doubled quote followed by a combining mark.
    @Test func theLoaderReadsTheWholeLayout() throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = [
            ("documents.csv", "id,title,publisher,date,note,file\r\nd,Title,,,,\r\n"),
            ("entities.csv", "id,kind,name,source,quote\r\na,forum,A,d,q\r\nb,forum,B,,\r\n"),
            ("relations.csv", "from,to,type,role,start,end,source,quote,source_2,quote_2\r\na,b,part_of,,,,d,\"x\"\"\u{301}\",free,\r\n"),
        ]
        for (name, text) in files { try AtomicFile.write(Array(text.utf8), to: folder + "/" + name) }
        let network = try DatasetLoader.load(from: folder).get()
        #expect(network.documents.count == 1)
        #expect(network.entity("a")?.citations == [Citation(document: "d", quote: "q")])
        #expect(network.relations.first?.citations
            == [Citation(document: "d", quote: "x\"\u{301}"), Citation(reference: "free")])
    }

    @Test func shippedDataRoundTripsExactly() throws {
        try expectLossless(try ExportFixture.shippedNetwork())
    }

    @Test func hostileTextRoundTripsExactly() throws {
        try expectLossless(ExportFixture.hostile)
    }

    @Test func whatTheCurrentReaderReadsComesBackUnchanged() throws {
        // Entities without sources and relations with one free-text source: the part of the
        // layout every version of the reader reads.
        var entities = ExportFixture.hostile.entities.map { entity -> Entity in
            var copy = entity
            copy.citations = []
            return copy
        }
        entities.sort { $0.id < $1.id }
        let relations = ExportFixture.hostile.relations.map { relation -> Relation in
            var copy = relation
            copy.citations = [Citation(reference: "brreg 1420", quote: relation.note)]
            return copy
        }
        let original = Network(entities: entities, relations: relations)
        let (files, validation, folder) = try roundTrip(original)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let loaded = try validation.get()
        #expect(loaded.entities == original.entities)
        #expect(relationFacts(loaded) == relationFacts(original))
        #expect(try SpreadsheetExporter.files(of: loaded) == files)
    }

    @Test func filesAreUTF8WithAByteOrderMarkAndCRLF() throws {
        let files = try SpreadsheetExporter.files(of: ExportFixture.hostile)
        #expect(files.map(\.name) == ["documents.csv", "entities.csv", "relations.csv"])
        for file in files {
            #expect(Array(file.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(String(validating: file.bytes.dropFirst(3), as: UTF8.self) != nil)
            let table = CSVReader.read(file.bytes, file: file.name)
            #expect(table.diagnostics.isEmpty)
            #expect(Set(table.rows.map(\.fields.count)).count == 1, "\(file.name) has rows of different widths")
        }
        let entities = String(decoding: files[1].bytes.dropFirst(3), as: UTF8.self)
        #expect(entities.hasPrefix("id,kind,name,short,aliases,country,description,start,end,source,quote,source_2,quote_2,area_km2,merknad,municipality_number,population\r\n"))
        let relations = String(decoding: files[2].bytes.dropFirst(3), as: UTF8.self)
        // The certainty column is there because a relation of the fixture is inferred.
        #expect(relations.hasPrefix("from,to,type,role,start,end,source,quote,as_of,note,certainty,source_2,quote_2,source_3,quote_3\r\n"))
        #expect(relations.contains(",inferred,"))
        // Without an inferred relation, no certainty column.
        let hostile = ExportFixture.hostile
        let stated = Network(
            entities: hostile.entities,
            relations: hostile.relations.map { relation in
                var copy = relation
                copy.certainty = .stated
                return copy
            },
            documents: hostile.documents)
        let plain = try SpreadsheetExporter.files(of: stated)[2]
        #expect(!String(decoding: plain.bytes, as: UTF8.self).contains("certainty"))
    }

    @Test func refusesWhatTheLayoutCannotCarryAndSaysWhy() {
        let document = SourceDocument(id: "doc", title: "T", publisher: "")
        let network = Network(
            entities: [
                Entity(id: "a", kind: .forum, name: "A", shortName: "", aliases: ["x; y", " z"],
                       attributes: ["short": "s", "Population": "1", "source_3": "q", "empty": ""],
                       citations: [Citation(reference: "free")]),
                Entity(id: "b", kind: .forum, name: "B"),
            ],
            relations: [
                Relation(id: RelationID(rawValue: 0), from: "a", type: .partOf, to: "b", role: "", note: "",
                         citations: [Citation(document: "doc", reference: "both"), Citation(reference: "doc"),
                                     Citation(document: "missing"), Citation(reference: "  "), Citation(quote: "only")]),
                Relation(id: RelationID(rawValue: 1), from: "b", type: .partOf, to: "a"),
            ],
            documents: [document])
        let problems = SpreadsheetExporter.problems(in: network)
        #expect(problems == [
            "document 'doc': the publisher is empty text; an empty cell reads as no publisher",
            "entity 'a': the short name is empty text; an empty cell reads as none",
            "entity 'a': an alias is empty, holds ';' or starts or ends with a space, so the aliases cell cannot hold it",
            "entity 'a': attribute 'Population' has capitals; the loader reads column names in lower case",
            "entity 'a': attribute 'empty' is empty text; an empty cell reads as no attribute",
            "entity 'a': attribute 'short' has the name of a column of entities.csv",
            "entity 'a': attribute 'source_3' has the name of a column of entities.csv",
            "entity 'a': a source must name a document of the network and quote it (unless it is a reference), as the loader requires of entities",
            "relation 'a part_of b': the role is empty text; an empty cell reads as none",
            "relation 'a part_of b': the note is empty text; an empty cell reads as none",
            "relation 'a part_of b': a source must have either a document or free text, not both or neither",
            "relation 'a part_of b': the free-text source 'doc' is also a document id, and would read as that document",
            "relation 'a part_of b': it cites 'missing', which is not a document of the network",
            "relation 'a part_of b': a source's free text is blank",
            "relation 'a part_of b': a source must have either a document or free text, not both or neither",
        ])
        #expect(throws: ExportError.notRepresentable(format: .csv, problems: problems)) {
            try SpreadsheetExporter.files(of: network)
        }
    }

    @Test func aliasesCellIsReadAsTheLoaderReadsIt() {
        #expect(SpreadsheetExporter.readAliases("Rossen tjïelte; Plassje") == ["Rossen tjïelte", "Plassje"])
        #expect(SpreadsheetExporter.readAliases(SpreadsheetExporter.aliasesCell(["e\u{301}", "مرحبا", "👩‍👩‍👧‍👦"]))
            == ["e\u{301}", "مرحبا", "👩‍👩‍👧‍👦"])
        // A combining mark after the separator joins it into one character: not representable.
        #expect(SpreadsheetExporter.readAliases(SpreadsheetExporter.aliasesCell(["a", "\u{301}b"])) != ["a", "\u{301}b"])
    }
}

extension ExportSpreadsheetTests {
    @Test func excelSafeCellsAreTextToASpreadsheetAndTheRestIsUnchanged() throws {
        #expect(CSVText.excelSafe(ExportFixture.formula) == "'" + ExportFixture.formula)
        for start in ["=", "+", "-", "@", "\t", "\r"] { #expect(CSVText.excelSafe(start + "1") == "'" + start + "1") }
        for plain in ["Røros", "", "1-2", " =x", "'=x"] { #expect(CSVText.excelSafe(plain) == plain) }

        let plain = try SpreadsheetExporter.files(of: ExportFixture.hostile)
        let safe = try SpreadsheetExporter.files(of: ExportFixture.hostile, excelSafe: true)
        for (plainFile, safeFile) in zip(plain, safe) {
            let plainRows = CSVReader.read(plainFile.bytes, file: plainFile.name).rows
            let safeRows = CSVReader.read(safeFile.bytes, file: safeFile.name).rows
            #expect(plainRows.count == safeRows.count)
            for (plainRow, safeRow) in zip(plainRows, safeRows) {
                #expect(safeRow.fields == plainRow.fields.map(CSVText.excelSafe))
            }
        }
        let entities = String(decoding: safe[1].bytes, as: UTF8.self)
        #expect(entities.contains(#""'=HYPERLINK(""http://example.org"",""x""),2""#))
        #expect(!String(decoding: plain[1].bytes, as: UTF8.self).contains("'=HYPERLINK"))
    }
}
