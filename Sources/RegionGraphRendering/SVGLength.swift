/// An SVG length such as `589pt`, `8.00` or `12px`: a number and an absolute unit.
///
/// A number without a unit is in user units, which are CSS pixels (0.75 pt) and stay so inside the
/// drawing: a `viewBox` scales user units and absolute units alike. Relative units (`%`, `em`,
/// `ex`) are not read.
struct SVGLength: Equatable {
    var value: Double
    /// Points (1/72 inch) per unit: 0.75 for `px` and for no unit.
    var pointsPerUnit: Double

    /// `nil` when `text` is not a number with an absolute unit.
    init?(_ text: String) {
        var scanner = SVGValueScanner(text)
        scanner.skipWhitespace()
        guard let value = scanner.number() else { return nil }
        let unit = scanner.letters()
        scanner.skipWhitespace()
        guard scanner.isAtEnd, let pointsPerUnit = Self.points[unit] else { return nil }
        self.value = value
        self.pointsPerUnit = pointsPerUnit
    }

    /// The length in points.
    var points: Double { value * pointsPerUnit }

    /// The length in user units (CSS pixels): what a number without a unit would be.
    var userUnits: Double { points / 0.75 }

    private static let points: [String: Double] = [
        "": 0.75, "px": 0.75, "pt": 1, "pc": 12, "in": 72, "cm": 72 / 2.54, "mm": 7.2 / 2.54,
    ]
}
