import RegionGraph
import Yams

/// Reads the curated YAML layout (`documents:`, `entities:`, `relations:`) into
/// ``DatasetRecords``, remembering the line and column of every value.
///
/// It reports YAML syntax errors, unknown keys and values of the wrong shape as diagnostics;
/// the facts themselves are checked by `Network.validating(_:)`.
///
/// ```swift
/// let records = YAMLDatasetReader.read(text, file: "Data/roros.yaml")
/// ```
public enum YAMLDatasetReader {
    static let topLevelKeys = ["documents", "entities", "relations"]
    static let documentKeys = ["id", "title", "publisher", "date", "note", "file"]
    static let entityKeys = [
        "id", "kind", "name", "short", "aliases", "country", "description", "attributes",
        "start", "end", "sources", "source", "quote",
    ]
    static let relationKeys = [
        "from", "to", "type", "role", "start", "end", "as_of", "note", "sources", "source", "quote",
    ]
    static let citationKeys = ["doc", "quote"]

    /// Reads one YAML file's text. `file` is the path used in diagnostics.
    ///
    /// - Complexity: O(*n*) in the size of the text.
    public static func read(_ text: String, file: String) -> DatasetRecords {
        var reader = Reader(file: file)
        do {
            if let root = try Yams.compose(yaml: text, .basic) {
                reader.readRoot(root)
            }
        } catch let error as YamlError {
            reader.records.diagnostics.append(reader.diagnostic(for: error, in: text))
        } catch {
            reader.records.diagnostics.append(
                .error(at: FileLocation(file: file, line: 1, column: 1), "cannot read YAML: \(error)"))
        }
        reader.records.diagnostics.sort()
        return reader.records
    }

    private struct Reader {
        let file: String
        var records = DatasetRecords()

        init(file: String) { self.file = file }

        func location(_ node: Node) -> FileLocation {
            let mark = node.mark
            return FileLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        }

        mutating func error(_ node: Node, _ message: String, hint: String? = nil) {
            records.diagnostics.append(.error(at: location(node), message, hint: hint))
        }

        func diagnostic(for error: YamlError, in text: String) -> Diagnostic {
            func at(_ mark: Mark) -> FileLocation {
                FileLocation(file: file, line: mark.line, column: mark.column)
            }
            let hint = "check indentation, and quote values that contain ': ', '#', or start with a special character"
            switch error {
            case .scanner(let context, let problem, let mark, _),
                .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                let context = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
                return .error(at: at(mark), "YAML syntax error: \(problem)\(context)", hint: hint)
            case .reader(let problem, let offset, _, _):
                return .error(
                    at: FileLocation(file: file, line: 1, column: 1),
                    "cannot read the file: \(problem)\(offset.map { " at byte \($0)" } ?? "")",
                    hint: "save the file as UTF-8")
            case .duplicatedKeysInMapping(let duplicates, let context):
                let place = duplicates.first.flatMap {
                    secondOccurrence(of: $0, in: text, mappingAt: context.mark)
                } ?? at(context.mark)
                return .error(at: place,
                    "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))",
                    hint: "each key may appear once in a mapping")
            default:
                return .error(at: FileLocation(file: file, line: 1, column: 1), "cannot read YAML: \(error)")
            }
        }

        /// Where `key` appears for the second time in the mapping that starts at `mark`: the
        /// place a duplicate key is reported at.
        func secondOccurrence(of key: String, in text: String, mappingAt mark: Mark) -> FileLocation? {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            var seen = 0
            for index in (mark.line - 1)..<lines.count {
                let scalars = Array(lines[index].unicodeScalars)
                guard scalars.count >= mark.column else { continue }
                let rest = String(String.UnicodeScalarView(scalars[(mark.column - 1)...]))
                let prefix = scalars[..<(mark.column - 1)]
                let indentOK = prefix.allSatisfy { $0 == " " || $0 == "-" }
                if index > mark.line - 1, !indentOK { break }
                if indentOK, rest.hasPrefix(key + ":") {
                    seen += 1
                    if seen == 2 { return FileLocation(file: file, line: index + 1, column: mark.column) }
                }
            }
            return nil
        }

        /// The pairs of a mapping, reporting unknown and duplicate keys.
        mutating func fields(_ node: Node, allowed: [String], what: String) -> [(String, Node)]? {
            guard case .mapping(let mapping) = node else {
                error(node, "expected \(what) as a mapping of keys to values",
                    hint: "write 'key: value' lines, indented under '- '")
                return nil
            }
            var seen = Set<String>()
            var result: [(String, Node)] = []
            for (keyNode, value) in mapping {
                guard let key = keyNode.scalar?.string else {
                    error(keyNode, "expected a plain key")
                    continue
                }
                guard allowed.contains(key) else {
                    error(keyNode,
                        "unknown key '\(key)' in \(what)\(didYouMean(key, allowed))",
                        hint: "keys are: \(allowed.joined(separator: ", "))")
                    continue
                }
                guard seen.insert(key).inserted else {
                    error(keyNode, "duplicate key '\(key)' in \(what)", hint: "each key may appear once")
                    continue
                }
                result.append((key, value))
            }
            return result
        }

        func didYouMean(_ key: String, _ allowed: [String]) -> String {
            Suggestions.didYouMean(key, among: allowed)
        }

        /// A scalar's text; `nil` (and nothing reported) for an explicit null.
        mutating func text(_ node: Node, _ key: String) -> Located<String>? {
            guard case .scalar(let scalar) = node else {
                error(node, "'\(key)' must be a single value, not a list or mapping")
                return nil
            }
            if scalar.tag.description == Tag.Name.null.rawValue || (scalar.style == .plain && ["", "~", "null"].contains(scalar.string)) {
                return nil
            }
            return Located(scalar.string, at: location(node))
        }

        mutating func list(_ node: Node, _ key: String) -> [String] {
            switch node {
            case .sequence(let sequence):
                return sequence.compactMap { text($0, key)?.value }
            default:
                return text(node, key).map { [$0.value] } ?? []
            }
        }

        mutating func sequence(_ node: Node, _ key: String) -> [Node] {
            switch node {
            case .sequence(let sequence): return Array(sequence)
            case .scalar(let scalar) where scalar.string.isEmpty: return []
            default:
                error(node, "'\(key)' must be a list of items, each starting with '- '")
                return []
            }
        }

        mutating func readRoot(_ root: Node) {
            guard let fields = fields(root, allowed: YAMLDatasetReader.topLevelKeys, what: "the file")
            else { return }
            for (key, value) in fields {
                for item in sequence(value, key) {
                    switch key {
                    case "documents": readDocument(item)
                    case "entities": readEntity(item)
                    default: readRelation(item)
                    }
                }
            }
        }

        mutating func readDocument(_ node: Node) {
            var record = DocumentRecord(location: location(node))
            guard let fields = fields(node, allowed: YAMLDatasetReader.documentKeys, what: "a document")
            else { return }
            for (key, value) in fields {
                let value = text(value, key)
                switch key {
                case "id": record.id = value
                case "title": record.title = value
                case "publisher": record.publisher = value?.value
                case "date": record.date = value
                case "note": record.note = value?.value
                default: record.file = value?.value
                }
            }
            records.documents.append(record)
        }

        mutating func readEntity(_ node: Node) {
            var record = EntityRecord(location: location(node))
            guard let fields = fields(node, allowed: YAMLDatasetReader.entityKeys, what: "an entity")
            else { return }
            var single = CitationRecord(location: nil)
            for (key, value) in fields {
                switch key {
                case "aliases": record.aliases = list(value, key)
                case "attributes": record.attributes = attributes(value)
                case "sources": record.citations += citations(value)
                case "source":
                    single.document = text(value, key)
                    single.location = location(value)
                case "quote": single.quote = text(value, key)
                default:
                    let value = text(value, key)
                    switch key {
                    case "id": record.id = value
                    case "kind": record.kind = value
                    case "name": record.name = value
                    case "short": record.shortName = value?.value
                    case "country": record.country = value
                    case "description": record.description = value?.value
                    case "start": record.start = value
                    default: record.end = value
                    }
                }
            }
            if single.document != nil || single.quote != nil {
                single.location = single.location ?? single.quote?.location
                record.citations.insert(single, at: 0)
            }
            records.entities.append(record)
        }

        mutating func readRelation(_ node: Node) {
            var record = RelationRecord(location: location(node))
            guard let fields = fields(node, allowed: YAMLDatasetReader.relationKeys, what: "a relation")
            else { return }
            var single = CitationRecord(location: nil)
            for (key, value) in fields {
                switch key {
                case "sources": record.citations += citations(value)
                case "source":
                    single.document = text(value, key)
                    single.location = location(value)
                case "quote": single.quote = text(value, key)
                default:
                    let value = text(value, key)
                    switch key {
                    case "from": record.from = value
                    case "to": record.to = value
                    case "type": record.type = value
                    case "role": record.role = value?.value
                    case "start": record.start = value
                    case "end": record.end = value
                    case "as_of": record.asOf = value
                    default: record.note = value?.value
                    }
                }
            }
            if single.document != nil || single.quote != nil {
                single.location = single.location ?? single.quote?.location
                record.citations.insert(single, at: 0)
            }
            records.relations.append(record)
        }

        mutating func attributes(_ node: Node) -> [String: String] {
            guard case .mapping(let mapping) = node else {
                error(node, "'attributes' must be a mapping of names to values")
                return [:]
            }
            var result: [String: String] = [:]
            for (keyNode, value) in mapping {
                guard let key = keyNode.scalar?.string else { continue }
                if result[key] != nil {
                    error(keyNode, "duplicate attribute '\(key)'")
                    continue
                }
                if let value = text(value, key) { result[key] = value.value }
            }
            return result
        }

        mutating func citations(_ node: Node) -> [CitationRecord] {
            sequence(node, "sources").compactMap { item in
                guard let fields = fields(item, allowed: YAMLDatasetReader.citationKeys, what: "a source")
                else { return nil }
                var citation = CitationRecord(location: location(item))
                for (key, value) in fields {
                    if key == "doc" { citation.document = text(value, key) } else { citation.quote = text(value, key) }
                }
                return citation
            }
        }
    }
}

