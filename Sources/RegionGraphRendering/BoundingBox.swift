/// An axis-aligned rectangle in a drawing's coordinates (y grows downwards, as in SVG), with the
/// distances the label measurement needs: to a point, a line segment and another box. Every
/// distance is 0 when the two touch or overlap.
struct BoundingBox: Equatable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    /// The smallest box around `points`, which must not be empty.
    init(around points: SIMD2<Double>...) {
        minX = points[0].x
        minY = points[0].y
        maxX = minX
        maxY = minY
        for point in points.dropFirst() {
            minX = min(minX, point.x)
            minY = min(minY, point.y)
            maxX = max(maxX, point.x)
            maxY = max(maxY, point.y)
        }
    }

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The smallest box around both.
    func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(
            minX: min(minX, other.minX), minY: min(minY, other.minY),
            maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// This box made larger by `factor` about the origin.
    func scaled(by factor: Double) -> BoundingBox {
        BoundingBox(minX: minX * factor, minY: minY * factor, maxX: maxX * factor, maxY: maxY * factor)
    }

    func distance(to point: SIMD2<Double>) -> Double {
        let dx = max(minX - point.x, 0, point.x - maxX)
        let dy = max(minY - point.y, 0, point.y - maxY)
        return (dx * dx + dy * dy).squareRoot()
    }

    func distance(to other: BoundingBox) -> Double {
        let dx = max(minX - other.maxX, 0, other.minX - maxX)
        let dy = max(minY - other.maxY, 0, other.minY - maxY)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// The distance to the segment from `a` to `b`.
    func distance(toSegmentFrom a: SIMD2<Double>, to b: SIMD2<Double>) -> Double {
        if intersects(segmentFrom: a, to: b) { return 0 }
        let corners: [SIMD2<Double>] = [[minX, minY], [maxX, minY], [minX, maxY], [maxX, maxY]]
        var nearest = min(distance(to: a), distance(to: b))
        for corner in corners {
            nearest = min(nearest, Self.distance(from: corner, toSegmentFrom: a, to: b))
        }
        return nearest
    }

    /// Whether the segment from `a` to `b` meets the box (Liang–Barsky clipping).
    func intersects(segmentFrom a: SIMD2<Double>, to b: SIMD2<Double>) -> Bool {
        let d = b - a
        var enter = 0.0
        var leave = 1.0
        for (p, q) in [(-d.x, a.x - minX), (d.x, maxX - a.x), (-d.y, a.y - minY), (d.y, maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 {
                    if t > leave { return false }
                    enter = max(enter, t)
                } else {
                    if t < enter { return false }
                    leave = min(leave, t)
                }
            }
        }
        return enter <= leave
    }

    /// The distance from `point` to the segment from `a` to `b`.
    static func distance(from point: SIMD2<Double>, toSegmentFrom a: SIMD2<Double>, to b: SIMD2<Double>) -> Double {
        let d = b - a
        let length = (d * d).sum()
        let t = length > 0 ? min(max(((point - a) * d).sum() / length, 0), 1) : 0
        let offset = point - (a + t * d)
        return (offset * offset).sum().squareRoot()
    }
}
