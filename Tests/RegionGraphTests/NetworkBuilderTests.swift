import Testing
@testable import RegionGraph

/// `NetworkBuilder` as a reader uses it: relations added as values with `addIfPlain(_:at:)`
/// must give what their records give through `add(_:)`, and anything that needs a diagnostic
/// must be left to `add(_:)`.
@Suite struct NetworkBuilderTests {
    static let file = "net/relations.csv"

    static func at(_ line: Int, _ column: Int = 1) -> FileLocation {
        FileLocation(file: file, line: line, column: column)
    }

    static func entity(_ id: String, _ kind: String) -> EntityRecord {
        var record = EntityRecord(location: FileLocation(file: "net/entities.csv", line: 2, column: 1))
        record.id = Located(id, at: record.location)
        record.kind = Located(kind, at: record.location)
        record.name = Located(id.capitalized, at: record.location)
        record.requiresCitation = false
        return record
    }

    /// Documents and entities, no relations; with an invalid entity when `broken`.
    static func records(broken: Bool = false) -> DatasetRecords {
        var records = DatasetRecords()
        var document = DocumentRecord(location: FileLocation(file: "net/documents.csv", line: 2, column: 1))
        document.id = Located("doc-1", at: document.location)
        document.title = Located("Samfunnsutvikling", at: document.location)
        records.documents = [document]
        records.entities = [
            entity("roros", "municipality"), entity("holtalen", "municipality"), entity("ipr", "regional_council"),
        ]
        if broken { records.entities.append(entity("broken", "no-such-kind")) }
        return records
    }

    /// A spreadsheet row's record, as the spreadsheet reader makes it.
    static func record(
        _ from: String, _ type: String, _ to: String, line: Int, role: String? = nil,
        start: String? = nil, end: String? = nil, source: String = "kst-1", quote: String? = nil
    ) -> RelationRecord {
        var record = RelationRecord(location: at(line))
        record.requiresKnownDocument = false
        record.from = Located(from, at: at(line, 1))
        record.to = Located(to, at: at(line, 7))
        record.type = Located(type, at: at(line, 12))
        record.role = role
        record.start = start.map { Located($0, at: at(line, 20)) }
        record.end = end.map { Located($0, at: at(line, 25)) }
        let source = source.isEmpty ? nil : Located(source, at: at(line, 30))
        record.citations = [
            CitationRecord(
                location: source?.location, document: source, quote: quote.map { Located($0, at: at(line, 40)) })
        ]
        return record
    }

    /// Adds `relation` as it is, or (`asUTF8`) with its role, source and quote as UTF-8 bytes.
    static func add(
        _ relation: consuming NetworkBuilder.PlainRelation, to builder: inout NetworkBuilder,
        at location: NetworkBuilder.Location, asUTF8: Bool
    ) -> Bool {
        guard asUTF8 else { return builder.addIfPlain(relation, at: location) }
        let role = Array((relation.role ?? "").utf8)
        let source = Array(relation.source.utf8)
        let quote = Array((relation.quote ?? "").utf8)
        return builder.addIfPlain(
            from: relation.from, type: relation.type, to: relation.to, start: relation.start, end: relation.end,
            asOf: relation.asOf, role: role.span, note: relation.note, source: source.span, quote: quote.span,
            at: location)
    }

    @Test(arguments: [false, true])
    func aPlainRelationIsKeptAsItsRecordWouldBe(asUTF8: Bool) throws {
        var builder = NetworkBuilder(records: Self.records())
        let roros = try #require(builder.position(of: "roros"))
        let ipr = try #require(builder.position(of: "ipr"))
        let file = builder.fileNumber(for: Self.file)
        // Noncopyable relations cannot sit in an array: make each when it is added.
        let plain: [() throws -> NetworkBuilder.PlainRelation] = [
            {
                NetworkBuilder.PlainRelation(
                    from: roros, type: .memberOf, to: ipr, role: "medlem", start: try PartialDate(parsing: "2017"),
                    source: "doc-1", quote: "a quote")
            },
            {
                NetworkBuilder.PlainRelation(
                    from: roros, type: .memberOf, to: ipr, role: "medlem", start: try PartialDate(parsing: "2017"),
                    source: "brreg 1420")
            },
        ]
        for (index, relation) in plain.enumerated() {
            let kept = Self.add(
                try relation(), to: &builder, at: NetworkBuilder.Location(file: file, line: index + 2, column: 1),
                asUTF8: asUTF8)
            #expect(kept)
        }
        let streamed = builder.finish()

        var records = Self.records()
        records.relations = [
            Self.record("roros", "member_of", "ipr", line: 2, role: "medlem", start: "2017", source: "doc-1", quote: "a quote"),
            Self.record("roros", "member_of", "ipr", line: 3, role: "medlem", start: "2017", source: "brreg 1420"),
        ]
        let recorded = Network.validating(records)
        #expect(streamed.diagnostics == recorded.diagnostics)
        #expect(streamed.network != nil)
        #expect(streamed.network?.relations == recorded.network?.relations)
        // The second states the first's fact again, and says where the first was read.
        #expect(streamed.warnings.map(\.description).first?.hasPrefix(
            "net/relations.csv:3:1: warning: relation 'roros member_of ipr' is stated twice") == true)
        #expect(recorded.network?.relations.first?.citations == [Citation(document: "doc-1", quote: "a quote")])
    }

    @Test(arguments: [false, true])
    func relationsThatNeedADiagnosticAreLeftToTheFullChecks(asUTF8: Bool) throws {
        var builder = NetworkBuilder(records: Self.records())
        let roros = try #require(builder.position(of: "roros"))
        let holtalen = try #require(builder.position(of: "holtalen"))
        let ipr = try #require(builder.position(of: "ipr"))
        let location = NetworkBuilder.Location(file: builder.fileNumber(for: Self.file), line: 2, column: 1)
        let rejected: [() throws -> NetworkBuilder.PlainRelation] = [
            // From an entity to itself.
            { NetworkBuilder.PlainRelation(from: roros, type: .memberOf, to: roros, source: "kst-1") },
            // A municipality cannot be a member of a municipality.
            { NetworkBuilder.PlainRelation(from: roros, type: .memberOf, to: holtalen, source: "kst-1") },
            // Only a person holds a position.
            { NetworkBuilder.PlainRelation(from: ipr, type: .holdsPositionIn, to: roros, source: "kst-1") },
            // Starts after it ends.
            {
                NetworkBuilder.PlainRelation(
                    from: roros, type: .memberOf, to: ipr, start: try PartialDate(parsing: "2022"),
                    end: try PartialDate(parsing: "2021-12"), source: "kst-1")
            },
            // A blank source.
            { NetworkBuilder.PlainRelation(from: roros, type: .memberOf, to: ipr, source: " \u{00A0}\t") },
            { NetworkBuilder.PlainRelation(from: roros, type: .memberOf, to: ipr, source: "") },
        ]
        for relation in rejected {
            let kept = Self.add(try relation(), to: &builder, at: location, asUTF8: asUTF8)
            #expect(!kept)
        }
        #expect(builder.relationCount == 0)
        // A source that starts with white space but is not blank is plain.
        let kept = Self.add(
            NetworkBuilder.PlainRelation(from: roros, type: .memberOf, to: ipr, source: " Økonomiplan"), to: &builder,
            at: location, asUTF8: asUTF8)
        #expect(kept)
        #expect(builder.relationCount == 1)
    }

    @Test func onlyValidEntitiesHavePositionsInIdOrder() {
        let builder = NetworkBuilder(records: Self.records(broken: true))
        #expect(builder.entityPositions.map(\.id) == ["holtalen", "ipr", "roros"])
        #expect(builder.entityPositions.map(\.position) == ["holtalen", "ipr", "roros"].map { builder.position(of: $0)! })
        #expect(builder.entityPositions.map(\.position) == builder.entityPositions.map(\.position).sorted())
        #expect(builder.position(of: "broken") == nil)
        #expect(builder.position(of: "nowhere") == nil)
    }

    /// A table of plain rows: its entities are found by id once checked, the first row of a
    /// repeated id kept.
    @Test func thePositionsOfAPlainTablesEntities() {
        var table = PlainEntityTable(file: "net/entities.csv")
        for (line, id) in ["roros", "holtalen", "ipr", "roros"].enumerated() {
            table.append(
                id: id, kind: id == "ipr" ? .regionalCouncil : .municipality, written: "municipality",
                name: id.capitalized, at: PlainEntityTable.Place(line: line + 2, idColumn: 1, kindColumn: 7, nameColumn: 20))
        }
        let builder = NetworkBuilder(records: DatasetRecords(), plainEntities: table)
        #expect(builder.entityPositions.map(\.id) == ["holtalen", "ipr", "roros"])
        #expect(["holtalen", "ipr", "roros"].map { builder.position(of: $0)?.index } == [0, 1, 2])
        #expect(builder.position(of: "Roros") == nil)
    }

    /// Ids are looked up as `String`s compare them: one written with a combining ring is the
    /// same id as one written with "å", and an id that repeats is found where it first is.
    @Test func anIDIndexComparesIDsAsStrings() {
        let index = EntityIDIndex(ids: ["a", "h\u{E5}mmen", "h\u{61}\u{30A}mmen", "z"])
        #expect(index["h\u{61}\u{30A}mmen"] == 1)
        #expect(index["h\u{E5}mmen"] == 1)
        #expect(index["z"] == 3)
        #expect(index["hammen"] == nil)
        #expect(EntityIDIndex()["a"] == nil)
    }

    @Test func aFileKeepsItsNumber() {
        var builder = NetworkBuilder(records: Self.records())
        let first = builder.fileNumber(for: "a.csv")
        let second = builder.fileNumber(for: "b.csv")
        #expect(first != second)
        #expect(builder.fileNumber(for: "a.csv") == first)
        #expect(builder.fileNumber(for: "b.csv") == second)
    }

    @Test func theKindRulesAgreeWithTheTypes() {
        #expect(RelationType.allCases.map(\.ordinal) == Array(RelationType.allCases.indices))
        #expect(RelationRule.all.map(\.type) == RelationType.allCases)
        #expect(RelationType.allCases.sorted(by: >).sorted() == RelationType.allCases)
        for type in RelationType.allCases {
            let rule = RelationRule.of(type)
            #expect(rule.type == type)
            for kind in EntityKind.allCases {
                let ordinal = EntityKind.ordinals[kind]!
                #expect(rule.allowsSource(ordinal) == type.allowedSources.contains(kind))
                #expect(rule.allowsTarget(ordinal) == type.allowedTargets.contains(kind))
            }
        }
    }
}
