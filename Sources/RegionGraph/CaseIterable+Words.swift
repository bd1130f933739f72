extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// The words of a case's raw value written as an identifier, its underscores made spaces
    /// (`member_of` → "member of"), made from its UTF-8 bytes: a report labels every row with
    /// one, so it is made quickly.
    ///
    /// ```swift
    /// RelationType.secretariatFor.rawValueWords   // "secretariat for"
    /// ```
    var rawValueWords: String {
        String(decoding: rawValue.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }
}
