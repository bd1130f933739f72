import Testing

@testable import RegionGraph

/// The table of texts that a network's relations refer to by number: each text once, told apart
/// by its bytes.
@Suite struct TextTableNumberingTests {
    /// Texts that differ only past their first sixteen bytes, in length alone, or in one byte;
    /// canonically equivalent spellings; and enough of them for the index to grow many times.
    static let texts: [String] = {
        var texts = [
            "referansegruppe", "referansegruppe-", "referansegruppen", "referansegruppe-leder",
            "referansegruppe-ledar", "a", "b", "ab", "ba", "Røros", "Røros ", "Östby", "O\u{308}stby",
            "0123456789abcdef", "0123456789abcdeg", "0123456789abcdef0", "0123456789abcdef1",
        ]
        for number in 0..<5_000 {
            texts.append("arsm-\(number)")
            texts.append("kilde-\(number)-i-en-lengre-tekst-enn-seksten")
        }
        return texts
    }()

    @Test func sameBytesGiveTheSameNumberAndOtherBytesAnother() {
        var table = TextTable()
        let numbers = Self.texts.map { table.number(of: $0) }
        #expect(Set(numbers).count == Self.texts.count)
        #expect(numbers == Array(1...UInt32(Self.texts.count)))
        // Asked again, in another order: the numbers first given.
        for (text, number) in zip(Self.texts, numbers).reversed() {
            #expect(table.number(of: text) == number)
        }
        #expect(table.count == Self.texts.count)
        for (text, number) in zip(Self.texts, numbers) {
            #expect(table[number]?.utf8.elementsEqual(text.utf8) == true)
        }
    }

    @Test func noTextIsNumberZero() {
        var table = TextTable()
        #expect(table.number(of: nil as String?) == 0)
        #expect(table[0] == nil)
        #expect(table.number(of: "") == 1)
        #expect(table.number(of: "") == 1)
        #expect(table[1] == "")
    }
}
