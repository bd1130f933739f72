/// A value read from a data file, with where it was read.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var location: FileLocation?

    public init(_ value: Value, at location: FileLocation?) {
        self.value = value
        self.location = location
    }
}

/// A document as read from a data file, before validation.
public struct DocumentRecord: Hashable, Sendable {
    public var location: FileLocation?
    public var id: Located<String>?
    public var title: Located<String>?
    public var publisher: String?
    public var date: Located<String>?
    public var note: String?
    public var file: String?
    /// Where the document is published, for a reference document read from the web.
    public var url: Located<String>?

    public init(location: FileLocation?) { self.location = location }
}

/// A citation as read from a data file, before validation.
public struct CitationRecord: Hashable, Sendable {
    public var location: FileLocation?
    /// The document id or, in spreadsheets, free citation text.
    public var document: Located<String>?
    public var quote: Located<String>?

    public init(location: FileLocation?, document: Located<String>? = nil, quote: Located<String>? = nil) {
        self.location = location
        self.document = document
        self.quote = quote
    }
}

/// An entity as read from a data file, before validation.
public struct EntityRecord: Hashable, Sendable {
    public var location: FileLocation?
    public var id: Located<String>?
    public var kind: Located<String>?
    public var name: Located<String>?
    public var shortName: String?
    public var aliases: [String] = []
    public var country: Located<String>?
    public var description: String?
    public var attributes: [String: String] = [:]
    public var start: Located<String>?
    public var end: Located<String>?
    public var citations: [CitationRecord] = []
    /// Whether the entity must cite where it is described (true for the curated YAML dataset;
    /// spreadsheets have no place for it).
    public var requiresCitation = true

    public init(location: FileLocation?) { self.location = location }
}

/// A relation as read from a data file, before validation.
public struct RelationRecord: Hashable, Sendable {
    public var location: FileLocation?
    public var from: Located<String>?
    public var type: Located<String>?
    public var to: Located<String>?
    public var role: String?
    public var start: Located<String>?
    public var end: Located<String>?
    public var asOf: Located<String>?
    public var note: String?
    /// `stated` or `inferred`; `nil` for stated.
    public var certainty: Located<String>?
    public var citations: [CitationRecord] = []
    /// Whether a citation's document must be one of the dataset's documents (true for YAML;
    /// a spreadsheet's `source` column may hold free text).
    public var requiresKnownDocument = true

    public init(location: FileLocation?) { self.location = location }
}

/// Everything read from a dataset folder, with the syntax problems found while reading.
///
/// Readers (YAML, spreadsheet) fill it; ``Network/validating(_:)`` checks it and builds the
/// ``Network``.
public struct DatasetRecords: Sendable {
    public var documents: [DocumentRecord] = []
    public var entities: [EntityRecord] = []
    public var relations: [RelationRecord] = []
    /// Problems the readers found (syntax errors, unknown keys, …).
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// Adds everything from `other` after what this holds.
    public mutating func append(contentsOf other: DatasetRecords) {
        documents += other.documents
        entities += other.entities
        relations += other.relations
        diagnostics += other.diagnostics
    }
}
