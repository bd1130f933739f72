import RegionGraph

/// The relation types by the UTF-8 bytes of their raw values, matched without making a
/// `String`.
struct RelationTypeNames: Sendable {
    private struct Name {
        let type: RelationType
        /// The raw value's UTF-8 bytes, padded with zeros, and their number.
        let words: (UInt64, UInt64, UInt64)
        let length: Int
    }

    private let names: [Name] = RelationType.allCases.map { type in
        Name(type: type, words: Array(type.rawValue.utf8).withUnsafeBufferPointer(Self.words(of:)), length: type.rawValue.utf8.count)
    }

    /// The type whose raw value is exactly `bytes` (no other spelling).
    ///
    /// - Complexity: O(*t*) for *t* relation types.
    @inline(__always)
    func matching(_ bytes: UnsafeBufferPointer<UInt8>) -> RelationType? {
        let length = bytes.count
        guard length <= 24 else { return nil }
        let words = Self.words(of: bytes)
        return names.withUnsafeBufferPointer { names in
            for name in names where name.length == length && name.words == words { return name.type }
            return nil
        }
    }

    /// Up to 24 bytes as three words (``ByteKeys/word(_:from:)``), filled out with zeros.
    @inline(__always)
    private static func words(of bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, UInt64) {
        (ByteKeys.word(bytes, from: 0), ByteKeys.word(bytes, from: 8), ByteKeys.word(bytes, from: 16))
    }
}
