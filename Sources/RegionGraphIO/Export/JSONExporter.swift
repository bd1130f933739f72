import RegionGraph

/// Writes a whole network as the project's own JSON: every document, every entity and every
/// relation with all its fields and sources, sorted, so that the same network always gives the
/// same bytes and two networks are equal exactly when their JSON is.
///
/// ```json
/// {
///   "format": "regiongraph-network",
///   "version": 1,
///   "documents": [{"id": "…", "title": "…", "publisher": "…", "date": "2022-12-20", "note": "…", "file": "…"}],
///   "entities": [{"id": "roros", "kind": "municipality", "name": "Røros kommune", "short_name": "Røros",
///                 "aliases": ["Rossen tjïelte"], "country": "NO", "description": "…", "attributes": {…},
///                 "start": "2017", "end": "2022", "sources": [{"document": "…", "quote": "…"}]}],
///   "relations": [{"id": "r1", "from": "roros", "type": "member_of", "to": "…", "role": "…",
///                  "start": "2017", "end": "2022", "as_of": "2015-01-01", "note": "…", "sources": […]}]
/// }
/// ```
///
/// Optional fields are left out when they have no value; `aliases`, `attributes` and
/// `sources` are always there. A source has `document` (an id from `documents`) or
/// `reference` (free text), and `quote` when it has one. Relations are sorted by source id,
/// type, target id and read order, and numbered `r1`, `r2`, … in that order, as in every export.
public enum JSONExporter {
    /// The network as a JSON value, every element made: the value ``write(_:to:)`` writes.
    public static func value(of network: Network) -> JSONValue {
        document(of: network).value
    }

    /// The network as pretty-printed JSON text ending with a newline: the bytes
    /// ``write(_:to:)`` writes.
    public static func text(of network: Network) -> String {
        String(decoding: ByteSink.collect { write(network, to: $0) }, as: UTF8.self)
    }

    /// Writes the network's JSON into `sink` one entity and one relation at a time.
    ///
    /// ```swift
    /// try AtomicFile.write(to: "network.json") { sink in JSONExporter.write(network, to: sink) }
    /// ```
    public static func write(_ network: Network, to sink: ByteSink) {
        document(of: network).write(to: sink)
    }

    /// The document, its entities and relations made as they are written.
    static func document(of network: Network) -> JSONDocument {
        let content = ExportContent(network)
        let documents: [JSONValue] = network.documents.map { document in
            .object([
                ("id", .string(document.id.rawValue)),
                ("title", .string(document.title)),
                ("publisher", .optional(document.publisher)),
                ("date", .optional(document.date?.description)),
                ("note", .optional(document.note)),
                ("file", .optional(document.file)),
                ("url", .optional(document.url)),
            ])
        }
        func entity(_ index: Int) -> JSONValue {
            let entity = content.entities[index]
            return .object([
                ("id", .string(entity.id.rawValue)),
                ("kind", .string(entity.kind.rawValue)),
                ("name", .string(entity.name)),
                ("short_name", .optional(entity.shortName)),
                ("aliases", .array(entity.aliases.map { .string($0) })),
                ("country", .string(entity.country)),
                ("description", .optional(entity.description)),
                ("attributes", .object(entity.attributes.keys.sorted(by: ExportContent.scalarOrder).map {
                    ($0, .string(entity.attributes[$0]!))
                })),
                ("start", .optional(entity.validity.start?.description)),
                ("end", .optional(entity.validity.end?.description)),
                ("sources", .array(entity.citations.map(ExportContent.citationValue))),
            ])
        }
        func relation(_ index: Int) -> JSONValue {
            let relation = content.relation(index)
            return .object([
                ("id", .string(ExportContent.relationKey(index))),
                ("from", .string(relation.from.rawValue)),
                ("type", .string(relation.type.rawValue)),
                ("to", .string(relation.to.rawValue)),
                ("role", .optional(relation.role)),
                ("start", .optional(relation.validity.start?.description)),
                ("end", .optional(relation.validity.end?.description)),
                ("as_of", .optional(relation.asOf?.description)),
                ("note", .optional(relation.note)),
                ("certainty", .optional(relation.certainty == .inferred ? "inferred" : nil)),
                ("sources", .array(relation.citations.map(ExportContent.citationValue))),
            ])
        }
        return JSONDocument(members: [
            ("format", .value(.string("regiongraph-network"))),
            ("version", .value(.integer(1))),
            ("documents", .value(.array(documents))),
            ("entities", .elements(count: content.entities.count, element: entity)),
            ("relations", .elements(count: content.relationCount, element: relation)),
        ])
    }
}
