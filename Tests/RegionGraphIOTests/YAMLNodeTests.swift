import Testing
@testable import RegionGraphIO

@Suite struct YAMLNodeTests {
    func compose(_ text: String) throws -> YAMLNode? {
        try Array(text.utf8).withUnsafeBufferPointer { try YAMLNode.compose($0) }
    }

    func strings(_ node: YAMLNode?) -> [String] {
        guard case .sequence(let items, _)? = node else { return [] }
        return items.map { $0.scalar?.string ?? "<node>" }
    }

    @Test func scalarsSequencesAndMappingsKeepTheirPlaces() throws {
        let root = try #require(try compose("a: x\nb:\n  - 1\n  - 'Rossen tjïelte'\n"))
        guard case .mapping(let pairs, let mark) = root else {
            Issue.record("expected a mapping, got \(root)")
            return
        }
        #expect(mark == YAMLMark(line: 1, column: 1))
        #expect(pairs.map { $0.key.scalar?.string } == ["a", "b"])
        #expect(pairs[0].value.scalar?.mark == YAMLMark(line: 1, column: 4))
        #expect(strings(pairs[1].value) == ["1", "Rossen tjïelte"])
        #expect(pairs[1].value.mark == YAMLMark(line: 3, column: 3))
    }

    @Test func onlyUnquotedEmptyTildeAndNullOrANullTagMeanNoValue() throws {
        let root = try compose("- \n- ~\n- null\n- 'null'\n- \"\"\n- !!null x\n- Null\n")
        guard case .sequence(let items, _)? = root else {
            Issue.record("expected a sequence")
            return
        }
        #expect(items.map { $0.scalar?.isNull } == [true, true, true, false, false, true, false])
    }

    @Test func aliasesTakeTheAnchoredValue() throws {
        let root = try compose("- &k Røros kommune\n- *k\n- &list [a, b]\n- *list\n")
        guard case .sequence(let items, _)? = root else {
            Issue.record("expected a sequence")
            return
        }
        #expect(items[1].scalar?.string == "Røros kommune")
        #expect(strings(items[3]) == ["a", "b"])
    }

    @Test func anUndefinedAliasIsASyntaxError() {
        #expect(throws: YAMLSyntaxError(
            kind: .syntax, problem: "found undefined alias 'nowhere'", mark: YAMLMark(line: 2, column: 3))
        ) {
            try compose("- a\n- *nowhere\n")
        }
    }

    @Test func aSecondDocumentIsRefused() {
        #expect(throws: YAMLSyntaxError(
            kind: .syntax, problem: "expected a single document in the stream, but found another document",
            mark: YAMLMark(line: 2, column: 1))
        ) {
            try compose("a: 1\n---\nb: 2\n")
        }
    }

    @Test func libyamlErrorsCarryLineColumnAndContext() throws {
        let error = try #require(throws: YAMLSyntaxError.self) { try compose("a: [1, 2\nb: 3\n") }
        #expect(error.kind == .syntax)
        #expect(error.problem == "did not find expected ',' or ']'")
        #expect(error.context?.text == "while parsing a flow sequence")
        #expect(error.context?.mark == YAMLMark(line: 1, column: 4))
    }

    @Test func nestingIsBoundedEvenThroughAliases() throws {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        let error = try #require(throws: YAMLSyntaxError.self) { try compose(deep) }
        #expect(error.kind == .tooDeep)
        #expect(error.mark == YAMLMark(line: 1, column: 65))
        #expect(try compose(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) != nil)

        // Each alias nests the anchored list one level deeper than its own brackets show.
        var chained = "- &a0 [x]\n"
        for level in 1...70 { chained += "- &a\(level) [*a\(level - 1)]\n" }
        let aliased = try #require(throws: YAMLSyntaxError.self) { try compose(chained) }
        #expect(aliased.kind == .tooDeep)
    }

    @Test func aliasesMayNotExpandAFileBeyondItsBound() throws {
        // Ten lists of ten aliases to the one before: 10⁹ scalars from 500 bytes.
        var bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 { bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let error = try #require(throws: YAMLSyntaxError.self) { try compose(bomb) }
        #expect(error.kind == .tooLarge)
        // The alias that crossed the bound is named: line 5, where a list of 10,000 is repeated.
        #expect(error.mark.line == 5)
        let records = YAMLDatasetReader.read(bomb, file: "bomb.yaml")
        #expect(records.diagnostics.map(\.description).first?.hasPrefix(
            "bomb.yaml:5:") == true)
        #expect(records.diagnostics.first?.message == "YAML structure error: aliases expand the file to more than 64 times its size")
        // Aliases used as intended stay well inside the bound.
        var reuse = "base: &base {kind: forum, country: NO}\nlist:\n"
        for index in 0..<2_000 { reuse += "  - {<<: *base, id: e\(index)}\n" }
        #expect(try compose(reuse) != nil)
    }

    @Test func anEmptyOrCommentOnlyTextHasNoRoot() throws {
        #expect(try compose("") == nil)
        #expect(try compose("# nothing here\n") == nil)
    }

    @Test func libyamlsAdviceForProgrammersDoesNotReachUsers() {
        let text = String(repeating: "[", count: 1_100) + String(repeating: "]", count: 1_100) + "\n"
        let records = YAMLDatasetReader.read(text, file: "deep.yaml")
        #expect(!records.diagnostics.isEmpty)
        #expect(records.diagnostics.allSatisfy { !$0.description.contains("yaml_set_max_nest_level") })
    }
}

extension YAMLNode: Equatable {
    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let a), .scalar(let b)):
            a.string == b.string && a.isNull == b.isNull && a.mark == b.mark
        case (.sequence(let a, let markA), .sequence(let b, let markB)):
            a == b && markA == markB
        case (.mapping(let a, let markA), .mapping(let b, let markB)):
            markA == markB && a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default:
            false
        }
    }

}
