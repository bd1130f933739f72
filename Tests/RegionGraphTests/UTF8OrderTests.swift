import Testing
@testable import RegionGraph

/// The byte order of ids, compared eight bytes at a time (`utf8Order`), and sorted by their
/// first sixteen bytes, then the rest where those tie (`Network.sortedOrder(of:)`): both agree
/// with comparing one byte at a time.
@Suite struct UTF8OrderTests {
    @Test func comparingEightBytesAtATimeAgreesWithComparingOne() {
        var generator = SplitMix(seed: 11)
        // Ids that share beginnings of every length around eight and sixteen bytes, and bytes
        // above 0x7F (the UTF-8 of æ ø å), where a signed comparison would go wrong.
        let alphabet: [UInt8] = [0x2D, 0x61, 0x62, 0x7A, 0xC3, 0xA5, 0xB8]
        let stem = (0..<24).map { _ in alphabet[generator.next() % alphabet.count] }
        var texts: [[UInt8]] = [[]]
        for _ in 0..<300 {
            let shared = generator.next() % 20
            let tail = (0..<(generator.next() % 6)).map { _ in alphabet[generator.next() % alphabet.count] }
            texts.append(Array(stem.prefix(shared)) + tail)
        }
        for left in texts {
            for right in texts {
                let order = utf8Order(left.span, right.span)
                #expect((order < 0) == left.lexicographicallyPrecedes(right), "\(left) \(right)")
                #expect((order == 0) == (left == right), "\(left) \(right)")
            }
        }
    }

    /// Ids that tie in their first sixteen bytes, repeated ids, ids of every length and bytes
    /// above 0x7F: the order is that of their bytes, and repeated ids keep their first order.
    @Test(arguments: [3, 4, 5])
    func idsAreSortedByTheirBytes(seed: UInt64) {
        var generator = SplitMix(seed: seed)
        let alphabet = ["a", "b", "-", "z", "å", "ø", "Æ", "0"]
        let stems = (0..<4).map { _ in (0..<(12 + generator.next() % 10)).map { _ in alphabet[generator.next() % alphabet.count] }.joined() }
        var ids: [String] = []
        for _ in 0..<(500 + generator.next() % 500) {
            let stem = stems[generator.next() % stems.count]
            let cut = String(decoding: Array(stem.utf8).prefix(generator.next() % 22), as: UTF8.self)
            ids.append(cut + (0..<(generator.next() % 4)).map { _ in alphabet[generator.next() % alphabet.count] }.joined())
        }
        ids += ids.prefix(40)   // repeated, later in the list
        let expected = ids.indices.sorted { a, b in
            let order = utf8Order(ids[a].utf8.span, ids[b].utf8.span)
            return order != 0 ? order < 0 : a < b
        }
        #expect(Network.sortedOrder(of: ids) == expected)
        // Already sorted, and sorted backwards.
        let sortedIDs = expected.map { ids[$0] }
        #expect(Network.sortedOrder(of: sortedIDs) == Array(sortedIDs.indices))
        let backwards = Array(sortedIDs.reversed())
        #expect(Network.sortedOrder(of: backwards).map { backwards[$0] } == sortedIDs.sorted { utf8Order($0.utf8.span, $1.utf8.span) < 0 })
    }
}
