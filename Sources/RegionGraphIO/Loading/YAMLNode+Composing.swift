import CLibYAML

extension YAMLNode {
    /// How deep sequences and mappings may nest. The dataset needs five levels; the limit keeps
    /// a hostile file from exhausting the stack when its nodes are freed.
    static let maximumDepth = 64

    /// How much aliases may make of a file: its nodes, aliases expanded, may hold at most this
    /// many times the file's bytes (and always a megabyte). A "billion laughs" file of a few
    /// kilobytes would otherwise expand to gigabytes in memory and in every export.
    static let maximumExpansion = 64

    /// Composes the single document of a YAML text (UTF-8 bytes) into nodes; `nil` for a text
    /// with no document (empty, or only comments).
    ///
    /// Anchors and aliases are resolved. Everything else that makes a text more than one
    /// document is an error, as is nesting deeper than ``maximumDepth`` or aliases that expand
    /// the text more than ``maximumExpansion`` times.
    ///
    /// ```swift
    /// let root = try YAMLNode.compose(Array("- a\n- b\n".utf8))   // .sequence([a, b])
    /// ```
    ///
    /// - Throws: ``YAMLSyntaxError`` at the place libyaml reports.
    /// - Complexity: O(*n*) in the length of the text.
    static func compose(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLSyntaxError) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLSyntaxError(kind: .syntax, problem: "out of memory", mark: YAMLMark(line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        // A UTF-8 byte-order mark (which Windows editors write) is not part of the text; libyaml
        // skips it only when it guesses the encoding itself.
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
        // libyaml reads from the pointer without copying; it stays valid for the whole parse.
        yaml_parser_set_input_string(&parser, bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, bytes.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        var composer = Composer(budget: max(bytes.count * maximumExpansion, 1 << 20))
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw syntaxError(of: parser) }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return composer.root
            case YAML_DOCUMENT_START_EVENT:
                if composer.documents > 0 {
                    throw YAMLSyntaxError(
                        kind: .syntax, problem: "expected a single document in the stream, but found another document",
                        mark: mark(event.start_mark))
                }
                composer.documents += 1
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let string = text(scalar.value, count: scalar.length)
                let tag = scalar.tag.map { String(cString: $0) }
                let isNull = tag == "tag:yaml.org,2002:null"
                    || (tag == nil && scalar.style == YAML_PLAIN_SCALAR_STYLE
                        && (string.isEmpty || string == "~" || string == "null"))
                try composer.add(
                    .scalar(Scalar(string: string, isNull: isNull, mark: mark(event.start_mark))),
                    depth: 0, size: Composer.nodeSize + scalar.length, anchor: scalar.anchor)
            case YAML_SEQUENCE_START_EVENT:
                try composer.open(isMapping: false, at: mark(event.start_mark), anchor: event.data.sequence_start.anchor)
            case YAML_MAPPING_START_EVENT:
                try composer.open(isMapping: true, at: mark(event.start_mark), anchor: event.data.mapping_start.anchor)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try composer.close()
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                guard let anchored = composer.anchors[name] else {
                    throw YAMLSyntaxError(
                        kind: .syntax, problem: "found undefined alias '\(name)'", mark: mark(event.start_mark))
                }
                try composer.add(
                    anchored.node, depth: anchored.depth, size: anchored.size, anchor: nil, at: mark(event.start_mark))
            default:
                break
            }
        }
    }

    /// The nodes built so far: the open sequences and mappings, innermost last.
    private struct Composer {
        struct Open {
            var isMapping: Bool
            var mark: YAMLMark
            var anchor: String?
            var items: [YAMLNode] = []
            /// The depth of the deepest item so far (a scalar's is 0).
            var depth = 0
            /// The expanded size of the items so far (see ``Composer/budget``).
            var size = 0
        }

        /// What one node counts for in the expanded size, beside its text.
        static let nodeSize = 16

        /// The most the document may expand to: ``nodeSize`` per node plus the bytes of its
        /// scalars, every alias counted at the size of what it repeats.
        let budget: Int
        /// The expanded size so far.
        var expanded = 0

        var open: [Open] = []
        var root: YAMLNode?
        /// Anchored nodes, with their depth (an alias can make a node deep without nesting).
        var anchors: [String: (node: YAMLNode, depth: Int, size: Int)] = [:]
        var documents = 0

        mutating func open(isMapping: Bool, at mark: YAMLMark, anchor: UnsafeMutablePointer<UInt8>?) throws(YAMLSyntaxError) {
            guard open.count < YAMLNode.maximumDepth else { throw tooDeep(at: mark) }
            open.append(Open(isMapping: isMapping, mark: mark, anchor: anchor.map { String(cString: $0) }))
        }

        mutating func close() throws(YAMLSyntaxError) {
            guard let done = open.popLast() else { return }
            let node: YAMLNode
            if done.isMapping {
                var pairs: [(key: YAMLNode, value: YAMLNode)] = []
                pairs.reserveCapacity(done.items.count / 2)
                var index = 0
                while index + 1 < done.items.count {
                    pairs.append((done.items[index], done.items[index + 1]))
                    index += 2
                }
                node = .mapping(pairs, done.mark)
            } else {
                node = .sequence(done.items, done.mark)
            }
            let size = Self.nodeSize + done.size
            if let anchor = done.anchor { anchors[anchor] = (node, done.depth + 1, size) }
            // The items were counted as they came; the container itself counts now.
            expanded -= done.size
            try add(node, depth: done.depth + 1, size: size, anchor: nil)
        }

        /// Adds `node` to the innermost open container; `place` is where it stands in the text
        /// when that is not the node's own mark (an alias).
        mutating func add(
            _ node: YAMLNode, depth: Int, size: Int, anchor: UnsafeMutablePointer<UInt8>?, at place: YAMLMark? = nil
        ) throws(YAMLSyntaxError) {
            if let anchor { anchors[String(cString: anchor)] = (node, depth, size) }
            guard open.count + depth <= YAMLNode.maximumDepth else { throw tooDeep(at: node.mark) }
            expanded += size
            guard expanded <= budget else {
                throw YAMLSyntaxError(
                    kind: .tooLarge,
                    problem: "aliases expand the file to more than \(YAMLNode.maximumExpansion) times its size",
                    mark: place ?? node.mark)
            }
            if open.isEmpty {
                root = node
            } else {
                open[open.count - 1].items.append(node)
                open[open.count - 1].depth = max(open[open.count - 1].depth, depth)
                open[open.count - 1].size += size
            }
        }

        func tooDeep(at mark: YAMLMark) -> YAMLSyntaxError {
            YAMLSyntaxError(
                kind: .tooDeep, problem: "lists and mappings nest deeper than \(YAMLNode.maximumDepth) levels",
                mark: mark)
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<UInt8>?, count: Int) -> String {
        guard let pointer, count > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func syntaxError(of parser: yaml_parser_t) -> YAMLSyntaxError {
        var problem = parser.problem.map { String(cString: $0) } ?? "cannot parse the text"
        // libyaml's advice is for programmers ("set with yaml_set_max_nest_level()").
        if problem.contains("yaml_set_max_nest_level") { problem = "the text is nested too deeply" }
        if parser.error == YAML_READER_ERROR {
            return YAMLSyntaxError(
                kind: .reader(byteOffset: Int(parser.problem_offset)), problem: problem,
                mark: YAMLMark(line: 1, column: 1))
        }
        let context = parser.context.map { (text: String(cString: $0), mark: mark(parser.context_mark)) }
        return YAMLSyntaxError(kind: .syntax, problem: problem, mark: mark(parser.problem_mark), context: context)
    }
}
