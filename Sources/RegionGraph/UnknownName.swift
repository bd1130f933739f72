/// A word that names none of the values it may name, such as a layout or page that does not
/// exist; its description suggests the close ones, its ``hint`` lists them all.
///
/// ```swift
/// do {
///     let page = try UnknownName.value("a5", of: Page.self, noun: "page")
/// } catch {
///     error.description     // "unknown page 'a5' (did you mean 'a3' or 'a4'?)"
///     error.hint            // "pages are: a4, a4-portrait, …"
/// }
/// ```
public struct UnknownName: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the word should have named: "layout", "page" ….
    public var noun: String
    /// The word as given.
    public var input: String
    /// Every name that is known, in their own order.
    public var names: [String]

    public init(noun: String, input: String, names: [String]) {
        self.noun = noun
        self.input = input
        self.names = names
    }

    public var description: String { "unknown \(noun) '\(input)'\(Suggestions.didYouMean(input, among: names))" }

    /// "layouts are: dot, neato, …".
    public var hint: String { "\(noun)s are: \(names.joined(separator: ", "))" }

    /// The case of `type` whose raw value is `input`.
    ///
    /// - Throws: ``UnknownName`` naming every case when none has that raw value.
    public static func value<Named: CaseIterable & RawRepresentable>(
        _ input: String, of type: Named.Type, noun: String
    ) throws(UnknownName) -> Named where Named.RawValue == String {
        guard let value = Named(rawValue: input) else {
            throw UnknownName(noun: noun, input: input, names: Named.allCases.map(\.rawValue))
        }
        return value
    }
}
