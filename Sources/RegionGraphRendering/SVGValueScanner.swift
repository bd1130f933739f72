/// Reads the parts of an SVG attribute value: numbers, letters, commas and whitespace, as in
/// path data (`M 1,2 C 3,4 5,6 7,8`), transform lists (`scale(1 1) translate(4 5)`), a
/// `viewBox` or a length (`589pt`).
///
/// Numbers are SVG's: an optional sign, digits with an optional fraction, an optional exponent
/// (`-1.5e3`, `.5`; `1.5.5` is `1.5` then `.5`). A number outside ±``limit`` is not read, so
/// that every coordinate and size stays finite through the measurement's arithmetic.
struct SVGValueScanner {
    /// The largest size of a number: 10⁷, far more than any drawing (a Graphviz coordinate of
    /// 10⁷ points is 3.5 km).
    static let limit = 1e7

    private let bytes: [UInt8]
    private var index = 0

    init(_ value: String) {
        bytes = Array(value.utf8)
    }

    var isAtEnd: Bool { index >= bytes.count }

    /// The next byte, without reading it.
    var next: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Whether a number starts at the next byte.
    var isAtNumber: Bool {
        guard let next else { return false }
        return next == UInt8(ascii: "-") || next == UInt8(ascii: "+") || next == UInt8(ascii: ".") || Self.isDigit(next)
    }

    /// Reads one byte.
    mutating func advance() {
        index += 1
    }

    mutating func skipWhitespace() {
        while let byte = next, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
            index += 1
        }
    }

    /// Skips whitespace, at most one comma, and whitespace.
    mutating func skipSeparator() {
        skipWhitespace()
        if next == UInt8(ascii: ",") {
            index += 1
            skipWhitespace()
        }
    }

    /// Reads ASCII letters (a unit, a transform's name); empty when there are none.
    mutating func letters() -> String {
        let start = index
        while let byte = next, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// Reads a number; `nil`, with nothing read, when there is none or it is larger than ``limit``.
    mutating func number() -> Double? {
        let start = index
        var end = index
        if end < bytes.count, bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "+") { end += 1 }
        var digits = 0
        while end < bytes.count, Self.isDigit(bytes[end]) {
            end += 1
            digits += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: ".") {
            var fraction = end + 1
            while fraction < bytes.count, Self.isDigit(bytes[fraction]) {
                fraction += 1
                digits += 1
            }
            if fraction > end + 1 || digits > 0 { end = fraction }
        }
        guard digits > 0 else { return nil }
        if end < bytes.count, bytes[end] | 0x20 == UInt8(ascii: "e") {
            var exponent = end + 1
            if exponent < bytes.count, bytes[exponent] == UInt8(ascii: "-") || bytes[exponent] == UInt8(ascii: "+") {
                exponent += 1
            }
            let digitsStart = exponent
            while exponent < bytes.count, Self.isDigit(bytes[exponent]) { exponent += 1 }
            if exponent > digitsStart { end = exponent }
        }
        guard let value = Double(String(decoding: bytes[start..<end], as: UTF8.self)),
            value.isFinite, abs(value) <= Self.limit
        else { return nil }
        index = end
        return value
    }

    /// Every number in `value`, separated by whitespace or commas; `nil` when anything else is there.
    static func numbers(in value: String) -> [Double]? {
        var scanner = SVGValueScanner(value)
        var numbers: [Double] = []
        scanner.skipWhitespace()
        while !scanner.isAtEnd {
            guard let number = scanner.number() else { return nil }
            numbers.append(number)
            scanner.skipSeparator()
        }
        return numbers
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
