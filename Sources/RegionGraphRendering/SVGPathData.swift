/// The pieces of an SVG path's `d` attribute, as cubic Béziers.
///
/// Graphviz draws an edge as `M x,y C x1,y1 x2,y2 x3,y3 …`; every command but arcs is read, in
/// absolute and relative form: `M L H V C S Q T Z`. Moves start a new subpath and draw nothing.
enum SVGPathData {
    /// The pieces `d` draws.
    ///
    /// - Throws: ``SVGReadError`` without a line when `d` is not path data or has an arc.
    /// - Complexity: O(*n*) for *n* bytes.
    static func segments(_ d: String) throws -> [CubicSegment] {
        var scanner = SVGValueScanner(d)
        var segments: [CubicSegment] = []
        var current = SIMD2<Double>(0, 0)
        var subpathStart = current
        var command: UInt8?
        var hasMoved = false
        /// The second control point of the previous C or S, or the control of the previous Q or
        /// T, for the reflections of S and T.
        var previousControl: (point: SIMD2<Double>, cubic: Bool)?

        func problem(_ text: String) -> SVGReadError {
            SVGReadError(line: nil, problem: "the path data \"\(d.prefix(40))\(d.count > 40 ? "…" : "")\" \(text)")
        }

        scanner.skipWhitespace()
        while !scanner.isAtEnd {
            if let next = scanner.next, !scanner.isAtNumber {
                command = next
                scanner.advance()
                scanner.skipSeparator()
            } else if command == nil {
                throw problem("does not start with a command (M)")
            }
            guard let letter = command else { break }
            guard hasMoved || letter | 0x20 == UInt8(ascii: "m") else { throw problem("does not start with a move (M)") }
            let relative = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter)
            let origin = relative ? current : SIMD2<Double>(0, 0)

            func number() throws -> Double {
                guard let value = scanner.number() else {
                    throw problem("has no number where '\(Character(Unicode.Scalar(letter)))' needs one")
                }
                scanner.skipSeparator()
                return value
            }
            func point() throws -> SIMD2<Double> {
                let x = try number()
                return origin + SIMD2(x, try number())
            }

            var control: (point: SIMD2<Double>, cubic: Bool)?
            switch letter | 0x20 {
            case UInt8(ascii: "m"):
                current = try point()
                subpathStart = current
                hasMoved = true
                // Further pairs after a move are lines.
                command = relative ? UInt8(ascii: "l") : UInt8(ascii: "L")
            case UInt8(ascii: "l"):
                let end = try point()
                segments.append(CubicSegment(lineFrom: current, to: end))
                current = end
            case UInt8(ascii: "h"):
                let end = SIMD2(try number() + origin.x, current.y)
                segments.append(CubicSegment(lineFrom: current, to: end))
                current = end
            case UInt8(ascii: "v"):
                let end = SIMD2(current.x, try number() + origin.y)
                segments.append(CubicSegment(lineFrom: current, to: end))
                current = end
            case UInt8(ascii: "c"), UInt8(ascii: "s"):
                let first: SIMD2<Double>
                if letter | 0x20 == UInt8(ascii: "c") {
                    first = try point()
                } else if let previous = previousControl, previous.cubic {
                    first = 2 * current - previous.point
                } else {
                    first = current
                }
                let second = try point()
                let end = try point()
                segments.append(CubicSegment(start: current, control1: first, control2: second, end: end))
                control = (second, true)
                current = end
            case UInt8(ascii: "q"), UInt8(ascii: "t"):
                let middle: SIMD2<Double>
                if letter | 0x20 == UInt8(ascii: "q") {
                    middle = try point()
                } else if let previous = previousControl, !previous.cubic {
                    middle = 2 * current - previous.point
                } else {
                    middle = current
                }
                let end = try point()
                segments.append(CubicSegment(quadraticFrom: current, control: middle, to: end))
                control = (middle, false)
                current = end
            case UInt8(ascii: "z"):
                if current != subpathStart { segments.append(CubicSegment(lineFrom: current, to: subpathStart)) }
                current = subpathStart
                command = nil
                scanner.skipSeparator()
                // A number right after Z has no command to belong to.
                if scanner.isAtNumber { throw problem("has a number after 'Z'") }
            case UInt8(ascii: "a"):
                throw problem("has an arc ('A'), which the measurement does not read")
            default:
                throw problem("has '\(Character(Unicode.Scalar(letter)))', which is not a path command")
            }
            previousControl = control
        }
        return segments
    }
}
