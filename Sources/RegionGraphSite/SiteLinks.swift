import RegionGraph

/// Where each thing of a report lives: a page of its own in a folder report
/// (`entity-roros.html`), an anchor in a single-file report (`#entity-roros`).
///
/// Every page of a folder report sits at its top level, so a link is a file name. An entity's
/// page is named after its id when the id is lower-case letters, digits and `-`; any other id is
/// named `_` and the first 16 hex digits of its SHA-256, so no id can make a path, a link or a
/// clash on a file system that ignores case.
///
/// ```swift
/// let links = SiteLinks(singleFile: false)
/// links.entity("roros")          // "entity-roros.html"
/// links.entityAnchor("roros")    // "entity-roros"
/// ```
struct SiteLinks: Sendable {
    var singleFile: Bool

    /// The part of an id that names its page and anchor.
    static func slug(of id: EntityID) -> String {
        slug(of: id.rawValue)
    }

    /// ``slug(of:)-(EntityID)`` for any identifier.
    static func slug(of text: String) -> String {
        let bytes = Array(text.utf8)
        let isPlain = !bytes.isEmpty && bytes.count <= 100 && bytes.first != UInt8(ascii: "-") && bytes.allSatisfy {
            (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-")
        }
        if isPlain { return text }
        let hex = SHA256.digest(bytes).prefix(8).map { byte in
            String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }
        return "_" + hex.joined()
    }

    /// The id of an entity's section (single file) or of its page's main part.
    func entityAnchor(_ id: EntityID) -> String { "entity-" + Self.slug(of: id) }

    /// The file of an entity's page in a folder report.
    static func entityFile(_ id: EntityID) -> String { "entity-" + slug(of: id) + ".html" }

    /// A link to an entity.
    func entity(_ id: EntityID) -> String {
        singleFile ? "#" + entityAnchor(id) : Self.entityFile(id)
    }

    /// The anchor of a document in the list of documents.
    func documentAnchor(_ id: DocumentID) -> String { "document-" + Self.slug(of: id.rawValue) }

    /// A link to a document in the list of documents on the index.
    func document(_ id: DocumentID) -> String {
        (singleFile ? "#" : "index.html#") + documentAnchor(id)
    }

    /// A link to one of the report's own pages: `index`, `entities`, `matrix`.
    func page(_ name: String) -> String {
        singleFile ? "#" + name : name + ".html"
    }

    /// A link to the list of entities of one kind.
    func kind(_ kind: EntityKind) -> String {
        (singleFile ? "#" : "entities.html#") + "kind-" + kind.rawValue
    }
}
