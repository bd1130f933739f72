/// The facts behind an answer, each down to the line of its source: a sentence in Norwegian
/// bokmål (the data's language), where the fact is recorded in the data, and every citation
/// with its document and the quote's lines in the document's text.
///
/// ```swift
/// let explanation = network.explanation(of: relations, texts: texts)
/// for fact in explanation.facts {
///     print(fact.sentence)            // "Røros kommune er representert i Verdensarvrådet (ordfører)"
///     print(fact.location ?? "?")     // Data/roros.yaml:120:5
/// }
/// ```
public struct Explanation: Hashable, Sendable {
    /// The facts, in the order of the answer they explain, each once.
    public var facts: [Fact]

    public init(facts: [Fact]) {
        self.facts = facts
    }

    /// One fact: a relation, or an entity's own record.
    public struct Fact: Hashable, Sendable {
        /// What the fact is about.
        public enum Subject: Hashable, Sendable {
            case relation(Relation)
            case entity(Entity)
        }

        public var subject: Subject
        /// The fact as a sentence in Norwegian bokmål.
        public var sentence: String
        /// Where the fact is recorded in the data files, when known.
        public var location: FileLocation?
        /// The fact's citations, in the order recorded.
        public var sources: [Source]

        public init(subject: Subject, sentence: String, location: FileLocation?, sources: [Source]) {
            self.subject = subject
            self.sentence = sentence
            self.location = location
            self.sources = sources
        }
    }

    /// One citation of a fact, with the document it names and where its quote is.
    public struct Source: Hashable, Sendable {
        public var citation: Citation
        /// The cited document, when it is one of the dataset's.
        public var document: SourceDocument?
        /// The lines (1-based) of the document's text that the quote spans, when its text was
        /// read and the quote found in it.
        public var lines: ClosedRange<Int>?

        public init(citation: Citation, document: SourceDocument?, lines: ClosedRange<Int>?) {
            self.citation = citation
            self.document = document
            self.lines = lines
        }
    }
}
