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
        Name(type: type, words: Array(type.rawValue.utf8).withUnsafeBytes(packed), length: type.rawValue.utf8.count)
    }

    /// The type whose raw value is exactly `bytes` (no other spelling).
    ///
    /// - Complexity: O(*t*) for *t* relation types.
    @inline(__always)
    func matching(_ bytes: UnsafeBufferPointer<UInt8>) -> RelationType? {
        let length = bytes.count
        guard length <= 24 else { return nil }
        let words = packed(UnsafeRawBufferPointer(bytes))
        return names.withUnsafeBufferPointer { names in
            for name in names where name.length == length && name.words == words { return name.type }
            return nil
        }
    }
}

/// Up to 24 bytes copied into three words filled out with zeros (no more are read).
@inline(__always)
private func packed(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64, UInt64) {
    var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    if let base = bytes.baseAddress {
        withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: min(bytes.count, 24)) }
    }
    return words
}
