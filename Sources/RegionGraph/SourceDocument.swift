/// A public document that facts are taken from.
///
/// ```swift
/// let document = network.document("roros-samfunnsutvikling")
/// document?.title      // "Samfunnsutvikling"
/// document?.publisher  // "Røros kommune"
/// ```
public struct SourceDocument: Hashable, Sendable, Codable, Identifiable {
    public var id: DocumentID
    public var title: String
    public var publisher: String?
    public var date: PartialDate?
    /// What the document is and how it was read.
    public var note: String?
    /// The file the text was read from, when it is kept beside the data.
    public var file: String?
    /// Where the document is published (`https://…`).
    public var url: String?

    public init(
        id: DocumentID, title: String, publisher: String? = nil, date: PartialDate? = nil,
        note: String? = nil, file: String? = nil, url: String? = nil
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.note = note
        self.file = file
        self.url = url
    }

    /// Whether the document is a reference: a public page cited by its address, whose text is
    /// not kept beside the data. A fact may cite a reference without a quote (its `note` says
    /// in the data's own words what the page states); `validate --strict` lists such facts.
    ///
    /// ```swift
    /// network.document("ref-indre-fosen")?.isReference   // true
    /// ```
    public var isReference: Bool { url != nil && file == nil }

    /// `Title (Publisher, 2022-12-20)`: how a citation names the document.
    public var reference: String {
        let details = [publisher, date?.description].compactMap { $0 }
        return details.isEmpty ? title : "\(title) (\(details.joined(separator: ", ")))"
    }
}
