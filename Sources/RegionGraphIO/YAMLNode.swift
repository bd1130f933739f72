/// One node of a YAML document as the dataset reader sees it: a scalar's text, a sequence or a
/// mapping, each with the line and column where it starts.
///
/// It is built by ``compose(_:)`` straight from libyaml's events (the C parser Yams ships),
/// which is what keeps loading the shipped data quick: no tag resolution, no hashing of whole
/// subtrees to find duplicate keys (the reader reports those itself, where they are repeated).
///
/// ```swift
/// let root = try YAMLNode.compose(Array("entities: []\n".utf8))
/// ```
enum YAMLNode: Sendable {
    case scalar(Scalar)
    case sequence([YAMLNode], YAMLMark)
    case mapping([(key: YAMLNode, value: YAMLNode)], YAMLMark)

    /// A scalar: its text, and whether YAML means "no value" by it.
    struct Scalar: Sendable {
        var string: String
        /// An explicit `!!null` tag, or a plain (unquoted) empty value, `~` or `null`.
        var isNull: Bool
        var mark: YAMLMark
    }

    /// Where the node starts.
    var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    /// The scalar, when this node is one.
    var scalar: Scalar? {
        if case .scalar(let scalar) = self { scalar } else { nil }
    }
}

/// A place in a YAML text: line and column, both from 1 (columns count characters).
struct YAMLMark: Sendable, Equatable {
    var line: Int
    var column: Int
}
