import RegionGraph

/// One node of a YAML document as the dataset reader sees it: a scalar's text, a sequence or a
/// mapping, each with the line and column where it starts.
///
/// It is built by ``compose(_:)`` straight from libyaml's events (Debian's libyaml, through the CLibYAML module),
/// which is what keeps loading the shipped data quick: no tag resolution, no hashing of whole
/// subtrees to find duplicate keys (the reader reports those itself, where they are repeated).
///
/// ```swift
/// let root = try YAMLNode.document(in: "views: []\n", file: "Graphs/views.yaml")
/// ```
public enum YAMLNode: Sendable {
    case scalar(Scalar)
    case sequence([YAMLNode], YAMLMark)
    case mapping([(key: YAMLNode, value: YAMLNode)], YAMLMark)

    /// A scalar: its text, and whether YAML means "no value" by it.
    public struct Scalar: Sendable {
        public var string: String
        /// An explicit `!!null` tag, or a plain (unquoted) empty value, `~` or `null`.
        public var isNull: Bool
        public var mark: YAMLMark
    }

    /// The single document of a YAML text as nodes; `nil` for a text with no document (empty,
    /// or only comments).
    ///
    /// - Throws: ``DatasetError`` with libyaml's problem at its line and column in `file`.
    /// - Complexity: O(*n*) in the length of the text.
    public static func document(in text: String, file: String) throws(DatasetError) -> YAMLNode? {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(YAMLSyntaxError) in try compose(bytes) } }
        switch result {
        case .success(let root): return root
        case .failure(let error): throw DatasetError(diagnostics: [error.diagnostic(file: file)])
        }
    }

    /// Where the node starts.
    public var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    /// The scalar, when this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = self { scalar } else { nil }
    }
}

/// A place in a YAML text: line and column, both from 1 (columns count characters).
public struct YAMLMark: Sendable, Equatable {
    public var line: Int
    public var column: Int
}
