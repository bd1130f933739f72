/// How much an SVG transform list, such as Graphviz's `scale(1 1) rotate(0) translate(4 365.6)`,
/// enlarges what it holds.
///
/// Graphviz scales evenly, so one factor says it: the square root of the area ratio. Rotations
/// and translations keep sizes and distances and count 1.
enum SVGTransform {
    /// The factor of `list`: 1 for `scale(1 1) rotate(0) translate(…)`, 0.5 for `scale(0.5)`.
    ///
    /// - Throws: ``SVGReadError`` without a line when `list` is not a transform list.
    static func scaleFactor(of list: String) throws -> Double {
        var scanner = SVGValueScanner(list)
        var area = 1.0
        func problem(_ text: String) -> SVGReadError {
            SVGReadError(line: nil, problem: "the transform \"\(list.prefix(60))\" \(text)")
        }
        scanner.skipSeparator()
        while !scanner.isAtEnd {
            let name = scanner.letters()
            scanner.skipWhitespace()
            guard !name.isEmpty, scanner.next == UInt8(ascii: "(") else { throw problem("is not a list of transforms") }
            scanner.advance()
            scanner.skipWhitespace()
            var arguments: [Double] = []
            while scanner.isAtNumber {
                guard let number = scanner.number() else { throw problem("has a number that cannot be read") }
                arguments.append(number)
                scanner.skipSeparator()
            }
            guard scanner.next == UInt8(ascii: ")") else { throw problem("has an unclosed \(name)(") }
            scanner.advance()
            scanner.skipSeparator()
            switch (name, arguments.count) {
            case ("scale", 1):
                area *= arguments[0] * arguments[0]
            case ("scale", 2):
                area *= abs(arguments[0] * arguments[1])
            case ("matrix", 6):
                area *= abs(arguments[0] * arguments[3] - arguments[1] * arguments[2])
            case ("translate", 1...2), ("rotate", 1), ("rotate", 3), ("skewX", 1), ("skewY", 1):
                break
            default:
                throw problem("has \(name) with \(arguments.count) numbers")
            }
        }
        return area.squareRoot()
    }
}
