/// A page a diagram is printed on: its printable area, in points (1/72 inch), inside 2 cm
/// margins.
///
/// The printable area of A4 is 17 × 25.7 cm (481.9 × 728.5 pt), of A3 25.7 × 37.7 cm
/// (728.5 × 1068.7 pt). A page without an orientation (``a4``, ``a3``) is portrait or landscape,
/// whichever lets the drawing be larger.
///
/// ```swift
/// Page.a4Landscape.printableWidth            // 728.50…
/// Page.a4.orientations                       // [.a4Portrait, .a4Landscape]
/// Page(rawValue: "a3-landscape")             // .a3Landscape
/// ```
public enum Page: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case a4
    case a4Portrait = "a4-portrait"
    case a4Landscape = "a4-landscape"
    case a3
    case a3Portrait = "a3-portrait"
    case a3Landscape = "a3-landscape"

    /// The width of the printable area in points; for a page without an orientation, its portrait
    /// width.
    public var printableWidth: Double {
        let (short, long) = printableSides
        return self == .a4Landscape || self == .a3Landscape ? long : short
    }

    /// The height of the printable area in points; for a page without an orientation, its
    /// portrait height.
    public var printableHeight: Double {
        let (short, long) = printableSides
        return self == .a4Landscape || self == .a3Landscape ? short : long
    }

    /// The oriented pages a drawing may be placed on: the page itself when it has an
    /// orientation, portrait and landscape when it has none.
    public var orientations: [Page] {
        switch self {
        case .a4: [.a4Portrait, .a4Landscape]
        case .a3: [.a3Portrait, .a3Landscape]
        default: [self]
        }
    }

    /// "A4", "A4 landscape", …
    public var description: String {
        switch self {
        case .a4: "A4"
        case .a4Portrait: "A4 portrait"
        case .a4Landscape: "A4 landscape"
        case .a3: "A3"
        case .a3Portrait: "A3 portrait"
        case .a3Landscape: "A3 landscape"
        }
    }

    /// Where a drawing of `width` × `height` points goes: the oriented page on which it is
    /// largest (portrait on a tie), and the factor it is shrunk by to fit (at most 1; a drawing
    /// is never enlarged).
    public func placement(width: Double, height: Double) -> (page: Page, scale: Double) {
        var best = (page: self, fit: -Double.infinity)
        for page in orientations {
            let fit = min(page.printableWidth / width, page.printableHeight / height)
            if fit > best.fit { best = (page, fit) }
        }
        return (best.page, min(1, best.fit))
    }

    /// The short and long sides of the printable area, in points.
    private var printableSides: (short: Double, long: Double) {
        let centimetres: (Double, Double) =
            switch self {
            case .a4, .a4Portrait, .a4Landscape: (17, 25.7)
            case .a3, .a3Portrait, .a3Landscape: (25.7, 37.7)
            }
        return (centimetres.0 * Self.pointsPerCentimetre, centimetres.1 * Self.pointsPerCentimetre)
    }

    private static let pointsPerCentimetre = 72 / 2.54
}
