/// One cubic Bézier piece of a drawn line; straight and quadratic pieces are cubics too.
///
/// The distance to a box is found by subdividing the curve where it could come nearer than the
/// best distance so far, down to pieces within ``tolerance`` of their chords: as exact as dense
/// sampling, without storing samples.
struct CubicSegment: Equatable {
    /// How far a piece may bend away from its chord before it is divided again, in the drawing's
    /// units: 0.01 pt.
    static let tolerance = 0.01

    var start: SIMD2<Double>
    var control1: SIMD2<Double>
    var control2: SIMD2<Double>
    var end: SIMD2<Double>

    init(start: SIMD2<Double>, control1: SIMD2<Double>, control2: SIMD2<Double>, end: SIMD2<Double>) {
        self.start = start
        self.control1 = control1
        self.control2 = control2
        self.end = end
    }

    /// A straight piece.
    init(lineFrom start: SIMD2<Double>, to end: SIMD2<Double>) {
        self.init(start: start, control1: start, control2: end, end: end)
    }

    /// A quadratic piece, raised exactly to a cubic.
    init(quadraticFrom start: SIMD2<Double>, control: SIMD2<Double>, to end: SIMD2<Double>) {
        self.init(
            start: start, control1: start + 2 / 3 * (control - start), control2: end + 2 / 3 * (control - end), end: end)
    }

    /// The box around the control points, which holds the whole curve.
    var bounds: BoundingBox { BoundingBox(around: start, control1, control2, end) }

    /// The piece scaled about the origin.
    func scaled(by factor: Double) -> CubicSegment {
        CubicSegment(start: start * factor, control1: control1 * factor, control2: control2 * factor, end: end * factor)
    }

    /// The distance from `box` to the curve, or `limit` when the curve comes no nearer than that.
    ///
    /// - Complexity: O(log(*s* / ``tolerance``)) pieces for a curve of size *s* that passes the
    ///   box once; at most 2²⁴ in any case.
    func distance(to box: BoundingBox, below limit: Double) -> Double {
        distance(to: box, below: limit, depth: 0)
    }

    private func distance(to box: BoundingBox, below limit: Double, depth: Int) -> Double {
        // Written so that a NaN anywhere ends the search instead of dividing without end.
        guard box.distance(to: bounds) < limit else { return limit }
        let bend = max(
            BoundingBox.distance(from: control1, toSegmentFrom: start, to: end),
            BoundingBox.distance(from: control2, toSegmentFrom: start, to: end))
        if depth >= 24 || !(bend > Self.tolerance) {
            return min(limit, box.distance(toSegmentFrom: start, to: end))
        }
        let (first, second) = halves
        let nearer = first.distance(to: box, below: limit, depth: depth + 1)
        return second.distance(to: box, below: nearer, depth: depth + 1)
    }

    /// The two halves of the curve (de Casteljau at t = ½).
    var halves: (CubicSegment, CubicSegment) {
        let a = (start + control1) / 2
        let b = (control1 + control2) / 2
        let c = (control2 + end) / 2
        let ab = (a + b) / 2
        let bc = (b + c) / 2
        let middle = (ab + bc) / 2
        return (
            CubicSegment(start: start, control1: a, control2: ab, end: middle),
            CubicSegment(start: middle, control1: bc, control2: c, end: end)
        )
    }
}
