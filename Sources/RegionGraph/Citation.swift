/// Where a fact comes from: a document and a short verbatim quote from it.
///
/// Spreadsheet data may cite free text (a register number, a URL) instead of a document in the
/// dataset; then ``document`` is `nil` and ``reference`` holds that text.
public struct Citation: Hashable, Sendable, Codable {
    /// The cited document, when it is one of the dataset's documents.
    public var document: DocumentID?
    /// A free-text reference, for citations that name no document of the dataset.
    public var reference: String?
    /// A short verbatim excerpt that shows the fact.
    public var quote: String?

    public init(document: DocumentID? = nil, reference: String? = nil, quote: String? = nil) {
        self.document = document
        self.reference = reference
        self.quote = quote
    }
}
