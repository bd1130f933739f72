import Testing
@testable import RegionGraph

@Suite struct ValidationTests {
    func at(_ line: Int, _ column: Int) -> FileLocation {
        FileLocation(file: "Data/fjellregionen.yaml", line: line, column: column)
    }

    func text(_ value: String, _ line: Int, _ column: Int) -> Located<String> {
        Located(value, at: at(line, column))
    }

    func document() -> DocumentRecord {
        var document = DocumentRecord(location: at(1, 1))
        document.id = text("doc", 1, 5)
        document.title = text("Samfunnsutvikling", 2, 5)
        return document
    }

    func entity(_ id: String, _ kind: String, line: Int) -> EntityRecord {
        var record = EntityRecord(location: at(line, 5))
        record.id = text(id, line, 9)
        record.kind = text(kind, line + 1, 11)
        record.name = text(id.capitalized, line + 2, 11)
        record.citations = [CitationRecord(location: at(line + 3, 9), document: text("doc", line + 3, 14), quote: text("quote", line + 4, 16))]
        return record
    }

    func relation(_ from: String, _ type: String, _ to: String, line: Int) -> RelationRecord {
        var record = RelationRecord(location: at(line, 5))
        record.from = text(from, line, 11)
        record.type = text(type, line + 1, 11)
        record.to = text(to, line + 2, 9)
        record.citations = [CitationRecord(location: at(line + 3, 9), document: text("doc", line + 3, 14), quote: text("quote", line + 4, 16))]
        return record
    }

    func records() -> DatasetRecords {
        var records = DatasetRecords()
        records.documents = [document()]
        records.entities = [entity("holtalen", "municipality", line: 10), entity("ipr", "regional_council", line: 20)]
        records.relations = [relation("holtalen", "member_of", "ipr", line: 30)]
        return records
    }

    @Test func aConsistentDatasetBuildsANetwork() throws {
        let network = try Network.validating(records()).get()
        #expect(network.entities.count == 2)
        #expect(network.members(of: "ipr").map(\.entity.id) == ["holtalen"])
    }

    @Test func anUnknownEntityIsReportedWithFileLineColumnAndSuggestion() {
        var data = records()
        data.relations = [relation("holtaalen", "member_of", "ipr", line: 12)]
        let validation = Network.validating(data)
        #expect(validation.network == nil)
        #expect(validation.errors.map(\.description) == [
            """
            Data/fjellregionen.yaml:12:11: error: unknown entity 'holtaalen' (did you mean 'holtalen'?)
            Data/fjellregionen.yaml:12:11: note: define the entity under 'entities:' in a data file, or correct the id
            """
        ])
    }

    @Test func everyProblemIsReportedAtOnceInFileOrder() {
        var data = records()
        data.entities.append(entity("holtalen", "municipality", line: 40))
        data.entities.append(entity("x", "counsil", line: 50))
        var bad = relation("holtalen", "membr_of", "ipr", line: 60)
        bad.start = text("2017-13", 65, 12)
        data.relations.append(bad)
        var undated = relation("ipr", "member_of", "holtalen", line: 70)
        undated.citations = []
        data.relations.append(undated)
        let messages = Network.validating(data).errors.map(\.message)
        #expect(messages == [
            "duplicate entity id 'holtalen'",
            "unknown kind 'counsil' (did you mean 'council'?)",
            "unknown relation type 'membr_of' (did you mean 'member_of'?)",
            "'2017-13' is not a valid calendar date",
            "a municipality cannot be the target of 'member_of' ('ipr' is member of 'holtalen')",
        ])
    }

    @Test func relationsBetweenKindsThatMakeNoSenseAreRejected() {
        var data = records()
        data.relations = [relation("ipr", "member_of", "holtalen", line: 30)]
        let errors = Network.validating(data).errors
        #expect(errors.map(\.message) == [
            "a municipality cannot be the target of 'member_of' ('ipr' is member of 'holtalen')"
        ])
        #expect(errors.first?.location == at(32, 9))
    }

    @Test func startAfterEndAndSelfRelationsAreErrors() {
        var data = records()
        var reversed = relation("holtalen", "member_of", "ipr", line: 30)
        reversed.start = text("2022", 35, 12)
        reversed.end = text("2021-12", 36, 10)
        data.relations = [reversed, relation("ipr", "partner_of", "ipr", line: 40)]
        #expect(Network.validating(data).errors.map(\.message) == [
            "start 2022 is after end 2021-12",
            "relation 'ipr partner_of ipr' goes from an entity to itself",
        ])
    }

    @Test func citationsMustNameAKnownDocumentAndQuoteIt() {
        var data = records()
        var unknown = relation("holtalen", "member_of", "ipr", line: 30)
        unknown.citations[0].document = text("dok", 33, 14)
        var unquoted = relation("holtalen", "member_of", "ipr", line: 40)
        unquoted.citations[0].quote = nil
        data.relations = [unknown, unquoted]
        #expect(Network.validating(data).errors.map(\.message) == [
            "unknown document 'dok' (did you mean 'doc'?)",
            "relation 'holtalen member_of ipr' cites 'doc' without a quote",
        ])
    }

    @Test func aRelationStatedTwiceIsAWarningNotAnError() throws {
        var data = records()
        data.relations.append(relation("holtalen", "member_of", "ipr", line: 40))
        let validation = Network.validating(data)
        #expect(validation.errors.isEmpty)
        #expect(validation.warnings.map(\.message) == ["relation 'holtalen member_of ipr' is stated twice"])
        #expect(try validation.get().relations.count == 2)
    }

    @Test func spreadsheetRelationsMayCiteFreeText() throws {
        var data = records()
        var row = relation("holtalen", "member_of", "ipr", line: 2)
        row.requiresKnownDocument = false
        row.citations = [CitationRecord(location: at(2, 30), document: text("brreg-1420", 2, 30))]
        data.relations = [row]
        let network = try Network.validating(data).get()
        #expect(network.relations[0].citations == [Citation(reference: "brreg-1420")])
    }
}

extension ValidationTests {
    @Test func aCycleOfPartOfIsAWarningAtItsFirstRelationOnce() throws {
        var data = records()
        data.entities = ["a", "b", "c", "d", "e", "f"].enumerated().map { entity($1, "region", line: 10 + 10 * $0) }
        data.relations = [
            relation("b", "part_of", "c", line: 100),
            relation("a", "part_of", "b", line: 110),
            relation("c", "part_of", "a", line: 120),
            // Into the cycle, not part of it.
            relation("d", "part_of", "a", line: 130),
            // A diamond is no cycle: e and f both part of d … and f part of e.
            relation("e", "part_of", "d", line: 140),
            relation("f", "part_of", "d", line: 150),
            relation("f", "part_of", "e", line: 160),
        ]
        let validation = Network.validating(data)
        #expect(validation.errors.isEmpty)
        #expect(validation.network != nil)
        #expect(validation.diagnostics.map(\.description) == [
            """
            Data/fjellregionen.yaml:100:5: warning: 'part_of' goes round in a circle: B → C → A → B
            Data/fjellregionen.yaml:100:5: note: a whole cannot be part of its own part: turn one of these relations round or give it another type
            """
        ])
        // Two cycles, two warnings; other relation types may go round.
        data.relations = [
            relation("a", "part_of", "b", line: 100), relation("b", "part_of", "a", line: 110),
            relation("c", "part_of", "d", line: 120), relation("d", "part_of", "c", line: 130),
            relation("e", "partner_of", "f", line: 140), relation("f", "partner_of", "e", line: 150),
        ]
        #expect(Network.validating(data).diagnostics.map(\.message) == [
            "'part_of' goes round in a circle: A → B → A", "'part_of' goes round in a circle: C → D → C",
        ])
    }
}

extension ValidationTests {
    @Test func anInferredRelationKeepsItsCertaintyAndIsANoteNotAProblem() throws {
        var data = records()
        data.relations[0].certainty = text("inferred", 33, 16)
        data.relations[0].note = "read from the list of members"
        let validation = Network.validating(data)
        #expect(validation.errors.isEmpty && validation.warnings.isEmpty)
        #expect(validation.notes.map(\.description) == [
            "Data/fjellregionen.yaml:30:5: note: inferred: holtalen member_of ipr: read from the list of members"
        ])
        let network = try validation.get()
        #expect(network.relations.map(\.certainty) == [.inferred])
        // Stated is the default, and may be written; Norwegian spellings are read too.
        for (written, expected) in [(nil, Certainty.stated), ("stated", .stated), ("Antatt", .inferred)] {
            data.relations[0].certainty = written.map { text($0, 33, 16) }
            #expect(try Network.validating(data).get().relations.first?.certainty == expected)
        }
    }

    @Test func anInferredRelationWithoutANoteIsAWarningAndAnUnknownCertaintyAnError() {
        var data = records()
        data.relations[0].certainty = text("inferred", 33, 16)
        #expect(Network.validating(data).warnings.map(\.description) == [
            """
            Data/fjellregionen.yaml:33:16: warning: relation 'holtalen member_of ipr' is inferred but has no note
            Data/fjellregionen.yaml:33:16: note: add 'note:' saying how the source is read
            """
        ])
        data.relations[0].certainty = text("infered", 33, 16)
        let validation = Network.validating(data)
        #expect(validation.network == nil)
        #expect(validation.errors.map(\.message) == ["unknown certainty 'infered' (did you mean 'inferred'?)"])
    }
}
