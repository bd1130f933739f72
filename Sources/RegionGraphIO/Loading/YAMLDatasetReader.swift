import RegionGraph

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
    static let documentKeys = ["id", "title", "publisher", "date", "note", "file", "url"]
    static let entityKeys = [
        "id", "kind", "name", "short", "aliases", "country", "description", "attributes",
        "start", "end", "sources", "source", "quote",
    ]
    static let relationKeys = [
        "from", "to", "type", "role", "start", "end", "as_of", "note", "certainty", "sources", "source", "quote",
    ]
    static let citationKeys = ["doc", "quote"]

    /// Reads one YAML file's text. `file` is the path used in diagnostics.
    ///
    /// - Complexity: O(*n*) in the size of the text.
    public static func read(_ text: String, file: String) -> DatasetRecords {
        var text = text
        return text.withUTF8 { read($0, file: file) }
    }

    /// Reads one YAML file's bytes (UTF-8). `file` is the path used in diagnostics.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> DatasetRecords {
        var reader = Reader(file: file)
        do {
            if let root = try YAMLNode.compose(bytes) {
                reader.readRoot(root)
            } else {
                reader.records.diagnostics.append(.warning(
                    at: FileLocation(file: file, line: 1, column: 1), "the file holds no data",
                    hint: "add 'documents:', 'entities:' or 'relations:', or remove the file"))
            }
        } catch {
            reader.records.diagnostics.append(error.diagnostic(file: file))
        }
        reader.records.diagnostics.sort()
        return reader.records
    }

    private struct Reader {
        let file: String
        var records = DatasetRecords()

        init(file: String) { self.file = file }

        func location(_ node: YAMLNode) -> FileLocation {
            let mark = node.mark
            return FileLocation(file: file, line: mark.line, column: mark.column)
        }

        mutating func error(_ node: YAMLNode, _ message: String, hint: String? = nil) {
            records.diagnostics.append(.error(at: location(node), message, hint: hint))
        }

        /// The pairs of a mapping, reporting unknown and duplicate keys.
        mutating func fields(_ node: YAMLNode, allowed: [String], what: String) -> [(String, YAMLNode)]? {
            guard case .mapping(let mapping, _) = node else {
                error(node, "expected \(what) as a mapping of keys to values",
                    hint: "write 'key: value' lines, indented under '- '")
                return nil
            }
            var seen = Set<String>()
            var result: [(String, YAMLNode)] = []
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
                    error(keyNode, "duplicate key '\(key)'", hint: "each key may appear once in a mapping")
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
        mutating func text(_ node: YAMLNode, _ key: String) -> Located<String>? {
            guard case .scalar(let scalar) = node else {
                error(node, "'\(key)' must be a single value, not a list or mapping")
                return nil
            }
            if scalar.isNull { return nil }
            if let control = ControlCharacter.first(in: scalar.string) {
                // Reported here; the value is kept so that nothing else reports it missing.
                error(node, ControlCharacter.problem(control, in: "'\(key)'"), hint: ControlCharacter.hint)
            }
            return Located(scalar.string, at: location(node))
        }

        mutating func list(_ node: YAMLNode, _ key: String) -> [String] {
            switch node {
            case .sequence(let sequence, _):
                return sequence.compactMap { text($0, key)?.value }
            default:
                return text(node, key).map { [$0.value] } ?? []
            }
        }

        mutating func sequence(_ node: YAMLNode, _ key: String) -> [YAMLNode] {
            switch node {
            case .sequence(let sequence, _): return Array(sequence)
            case .scalar(let scalar) where scalar.string.isEmpty: return []
            default:
                error(node, "'\(key)' must be a list of items, each starting with '- '")
                return []
            }
        }

        mutating func readRoot(_ root: YAMLNode) {
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

        mutating func readDocument(_ node: YAMLNode) {
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
                case "url": record.url = value
                default: record.file = value?.value
                }
            }
            records.documents.append(record)
        }

        mutating func readEntity(_ node: YAMLNode) {
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

        mutating func readRelation(_ node: YAMLNode) {
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
                    case "certainty": record.certainty = value
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

        mutating func attributes(_ node: YAMLNode) -> [String: String] {
            guard case .mapping(let mapping, _) = node else {
                error(node, "'attributes' must be a mapping of names to values")
                return [:]
            }
            var result: [String: String] = [:]
            for (keyNode, value) in mapping {
                guard let key = keyNode.scalar?.string else { continue }
                if result[key] != nil {
                    error(keyNode, "duplicate key '\(key)'", hint: "each key may appear once in a mapping")
                    continue
                }
                if let value = text(value, key) { result[key] = value.value }
            }
            return result
        }

        mutating func citations(_ node: YAMLNode) -> [CitationRecord] {
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

