import Testing
@testable import RegionGraph

/// The byte order of ids, compared a byte at a time (`utf8Order`) and eight at a time where
/// a snapshot's entities are checked to be sorted (`utf8Precedes`): the two agree.
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
                let expected = utf8Order(left.span, right.span) < 0
                let found = left.withUnsafeBufferPointer { left in
                    right.withUnsafeBufferPointer { right in utf8Precedes(left, right) }
                }
                #expect(found == expected, "\(left) \(right)")
            }
        }
    }
}
