import RegionGraph
import Testing
@testable import RegionGraphIO

@Suite struct YAMLDatasetReaderTests {
    let file = "Data/test.yaml"

    @Test func readsEntitiesAndRelationsWithTheirLocations() throws {
        let records = YAMLDatasetReader.read("""
            entities:
              - id: roros
                kind: municipality
                name: Røros kommune
                aliases: [Rossen tjïelte]
                country: NO
                attributes: {population: 5600}
                sources:
                  - doc: d
                    quote: "Rossen tjïelte / Røros kommune"
            relations:
              - from: roros
                type: member_of
                to: ipr
                start: 2017
                source: d
                quote: et interkommunalt samarbeid
            """, file: file)
        #expect(records.diagnostics.isEmpty)
        let entity = try #require(records.entities.first)
        #expect(entity.id == Located("roros", at: FileLocation(file: file, line: 2, column: 9)))
        #expect(entity.aliases == ["Rossen tjïelte"])
        #expect(entity.country?.value == "NO")
        #expect(entity.attributes == ["population": "5600"])
        #expect(entity.citations.map { $0.quote?.value } == ["Rossen tjïelte / Røros kommune"])
        let relation = try #require(records.relations.first)
        #expect(relation.to?.location == FileLocation(file: file, line: 14, column: 9))
        #expect(relation.start?.value == "2017")
        #expect(relation.citations.map { $0.document?.value } == ["d"])
    }

    @Test func anEmptyFileIsAWarning() {
        for text in ["", "# nothing but a comment\n", "\n\n"] {
            let records = YAMLDatasetReader.read(text, file: file)
            #expect(records.entities.isEmpty && records.relations.isEmpty && records.documents.isEmpty)
            #expect(records.diagnostics.map(\.description) == [
                """
                Data/test.yaml:1:1: warning: the file holds no data
                Data/test.yaml:1:1: note: add 'documents:', 'entities:' or 'relations:', or remove the file
                """
            ], "\(text.debugDescription)")
        }
    }

    @Test func reportsSyntaxErrorsWithLineAndColumn() {
        let records = YAMLDatasetReader.read("entities:\n  - id: a\n   kind: forum\n", file: file)
        #expect(records.diagnostics.count == 1)
        let diagnostic = records.diagnostics[0]
        #expect(diagnostic.location?.line == 3)
        #expect(diagnostic.message.hasPrefix("YAML syntax error: "))
    }

    @Test func reportsUnknownAndDuplicateKeys() {
        let records = YAMLDatasetReader.read("""
            entities:
              - id: a
                naem: A
                kind: forum
            relatons: []
            """, file: file)
        #expect(records.diagnostics.map(\.description) == [
            """
            Data/test.yaml:3:5: error: unknown key 'naem' in an entity (did you mean 'name'?)
            Data/test.yaml:3:5: note: keys are: id, kind, name, short, aliases, country, description, attributes, start, end, sources, source, quote
            """,
            """
            Data/test.yaml:5:1: error: unknown key 'relatons' in the file (did you mean 'relations'?)
            Data/test.yaml:5:1: note: keys are: documents, entities, relations
            """,
        ])
    }

    @Test func aDuplicateKeyIsReportedWhereItIsRepeated() {
        let records = YAMLDatasetReader.read("""
            entities:
              - id: a
                name: A
                id: b
            """, file: file)
        #expect(records.diagnostics.map(\.description) == [
            """
            Data/test.yaml:4:5: error: duplicate key 'id'
            Data/test.yaml:4:5: note: each key may appear once in a mapping
            """
        ])
    }

    @Test func valuesOfTheWrongShapeAreReportedNotCrashedOn() {
        let records = YAMLDatasetReader.read("""
            entities:
              - id: [a, b]
                sources: oops
              - just text
            """, file: file)
        #expect(records.diagnostics.map(\.message) == [
            "'id' must be a single value, not a list or mapping",
            "'sources' must be a list of items, each starting with '- '",
            "expected an entity as a mapping of keys to values",
        ])
    }
}

extension YAMLDatasetReaderTests {
    /// A control character is refused however it is written: libyaml refuses the raw byte, and
    /// the reader refuses the same character written as an escape.
    @Test(arguments: [#"\x00"#, #"\x1b"#, #"\x7f"#, #"\u0085"#, #"\r"#, #"\b"#])
    func aControlCharacterWrittenAsAnEscapeIsAnErrorAtItsValue(escape: String) {
        let text = "entities:\n  - id: a\n    kind: forum\n    name: \"Sel\(escape)skap\"\n"
        let records = YAMLDatasetReader.read(text, file: file)
        #expect(records.diagnostics.count == 1)
        #expect(records.diagnostics.first?.location?.line == 4)
        #expect(records.diagnostics.first?.location?.column == 11)
        #expect(records.diagnostics.first?.message.hasPrefix("'name' holds a control character (U+") == true)
    }

    @Test func tabsAndLineBreaksMayStandInAValue() {
        let text = "entities:\n  - id: a\n    kind: forum\n    name: \"A\\tB\"\n    description: \"line\\r\\nline\\nline\"\n"
        let records = YAMLDatasetReader.read(text, file: file)
        #expect(records.diagnostics.isEmpty)
        #expect(records.entities.first?.name?.value == "A\tB")
    }
}
