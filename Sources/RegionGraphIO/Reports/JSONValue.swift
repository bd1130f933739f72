/// A JSON value whose objects keep their keys in the order they were built, serialised the
/// same way every time.
///
/// ```swift
/// let value: JSONValue = .object([("id", "roros"), ("name", "Røros kommune")])
/// value.serialized()   // {\n  "id": "roros",\n  "name": "Røros kommune"\n}
/// ```
public enum JSONValue: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral
{
    case string(String)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([Member])

    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSONValue
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// An object from key–value pairs; pairs whose value is `nil` are left out.
    public static func object(_ pairs: [(String, JSONValue?)]) -> JSONValue {
        .object(pairs.compactMap { key, value in value.map { Member(key, $0) } })
    }

    /// A string, or `nil` for `nil` (so the key is left out of its object).
    public static func optional(_ text: String?) -> JSONValue? {
        text.map { .string($0) }
    }

    /// Pretty-printed JSON with two-space indentation and a final newline.
    public func serialized() -> String {
        String(decoding: ByteSink.collect { sink in
            write(to: sink, indent: 0)
            sink.write(byte: UInt8(ascii: "\n"))
        }, as: UTF8.self)
    }

    /// JSON on one line, without spaces between tokens or a final newline: for data a program
    /// reads, such as a report's search index.
    ///
    /// ```swift
    /// JSONValue.array(["a", 1]).compactSerialized()   // ["a",1]
    /// ```
    public func compactSerialized() -> String {
        String(decoding: ByteSink.collect { writeCompact(to: $0) }, as: UTF8.self)
    }

    /// Writes the value on one line, as ``compactSerialized()`` gives it.
    func writeCompact(to sink: ByteSink) {
        switch self {
        case .string, .integer, .bool, .null: write(to: sink, indent: 0)
        case .array(let items):
            sink.write(byte: UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { sink.write(byte: UInt8(ascii: ",")) }
                item.writeCompact(to: sink)
            }
            sink.write(byte: UInt8(ascii: "]"))
        case .object(let members):
            sink.write(byte: UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { sink.write(byte: UInt8(ascii: ",")) }
                JSONValue.writeString(member.key, to: sink)
                sink.write(byte: UInt8(ascii: ":"))
                member.value.writeCompact(to: sink)
            }
            sink.write(byte: UInt8(ascii: "}"))
        }
    }

    /// Writes the value pretty-printed as the value at nesting depth `indent` (its first line
    /// not indented, its closing bracket indented `indent` steps), without a final newline.
    func write(to sink: ByteSink, indent: Int) {
        switch self {
        case .string(let text): JSONValue.writeString(text, to: sink)
        case .integer(let number): sink.write(number)
        case .bool(let flag): sink.write(flag ? "true" : "false")
        case .null: sink.write("null")
        case .array(let items):
            JSONValue.writeArray(count: items.count, indent: indent, to: sink) { items[$0].write(to: sink, indent: indent + 1) }
        case .object(let members):
            JSONValue.writeObject(count: members.count, indent: indent, to: sink) { index in
                JSONValue.writeString(members[index].key, to: sink)
                sink.write(": ")
                members[index].value.write(to: sink, indent: indent + 1)
            }
        }
    }

    /// A pretty-printed array of `count` items at depth `indent`; `item(index)` writes each
    /// item as the value at depth `indent + 1`.
    static func writeArray(count: Int, indent: Int, to sink: ByteSink, item: (Int) -> Void) {
        writeList(count: count, indent: indent, brackets: (UInt8(ascii: "["), UInt8(ascii: "]")), to: sink, item: item)
    }

    /// A pretty-printed object of `count` members at depth `indent`; `member(index)` writes
    /// each `"key": value`, the value as at depth `indent + 1`.
    static func writeObject(count: Int, indent: Int, to sink: ByteSink, member: (Int) -> Void) {
        writeList(count: count, indent: indent, brackets: (UInt8(ascii: "{"), UInt8(ascii: "}")), to: sink, item: member)
    }

    private static func writeList(
        count: Int, indent: Int, brackets: (UInt8, UInt8), to sink: ByteSink, item: (Int) -> Void
    ) {
        sink.write(byte: brackets.0)
        guard count > 0 else {
            sink.write(byte: brackets.1)
            return
        }
        sink.write(byte: UInt8(ascii: "\n"))
        for index in 0..<count {
            writeIndent(indent + 1, to: sink)
            item(index)
            if index < count - 1 { sink.write(byte: UInt8(ascii: ",")) }
            sink.write(byte: UInt8(ascii: "\n"))
        }
        writeIndent(indent, to: sink)
        sink.write(byte: brackets.1)
    }

    private static func writeIndent(_ depth: Int, to sink: ByteSink) {
        for _ in 0..<(2 * depth) { sink.write(byte: UInt8(ascii: " ")) }
    }

    /// A JSON string literal: quotes, backslashes and every control character escaped, as well
    /// as U+2028 and U+2029 (which end lines in JavaScript) and U+FFFE and U+FFFF, so that the
    /// text holds no character XML 1.0 forbids and survives inside GraphML and GEXF intact.
    ///
    /// Works on the UTF-8 bytes: the characters to escape are ASCII bytes or three-byte
    /// sequences no other character's bytes contain; runs between them are copied as they are.
    static func writeString(_ text: String, to sink: ByteSink) {
        sink.write(byte: UInt8(ascii: "\""))
        sink.write(text) { bytes, index in
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
                switch byte {
                case UInt8(ascii: "\""): return (1, "\\\"")
                case UInt8(ascii: "\\"): return (1, "\\\\")
                case UInt8(ascii: "\n"): return (1, "\\n")
                case UInt8(ascii: "\r"): return (1, "\\r")
                case UInt8(ascii: "\t"): return (1, "\\t")
                default: return (1, byte < 0x10 ? "\\u000" + String(byte, radix: 16) : "\\u00" + String(byte, radix: 16))
                }
            }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
            {
                return (3, bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
            }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF,
                bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF
            {
                return (3, bytes[index + 2] == 0xBE ? "\\ufffe" : "\\uffff")
            }
            return nil
        }
        sink.write(byte: UInt8(ascii: "\""))
    }
}
