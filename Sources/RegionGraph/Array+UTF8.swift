extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of `text`: copied at once from a native string's storage, where
    /// appending its `utf8` view is a loop over the bytes.
    ///
    /// ```swift
    /// var bytes: [UInt8] = []
    /// bytes.append(utf8Of: "Røros")   // [0x52, 0xC3, 0xB8, 0x72, 0x6F, 0x73]
    /// ```
    ///
    /// - Complexity: O(*k*) for a text of *k* bytes.
    package mutating func append(utf8Of text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
