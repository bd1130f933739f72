import Testing
@testable import RegionGraph

@Suite struct TextFoldingTests {
    @Test func matchKeyFoldsCaseDiacriticsAndNorwegianLetters() {
        #expect(TextFolding.matchKey("Røros") == "roros")
        #expect(TextFolding.matchKey("Holtålen") == "holtalen")
        #expect(TextFolding.matchKey("Rossen tjïelte") == "rossen tjielte")
        #expect(TextFolding.matchKey("Ærøy") == "aeroy")
        #expect(TextFolding.matchKey("Røros- og  Solørbanen") == "roros og solorbanen")
        #expect(TextFolding.matchKey("Länsstyrelsen i Dalarna") == "lansstyrelsen i dalarna")
    }

    @Test(arguments: [
        ("Roeros", "roros"), ("Røros", "roros"), ("RØROS", "roros"), ("roros", "roros"),
        ("Holtaalen", "holtalen"), ("Holtålen", "holtalen"), ("Aafjord", "afjord"), ("ÅFJORD", "afjord"),
        ("Aeroey", "aeroy"), ("Ærøy", "aeroy"), ("Oestersund", "ostersund"), ("Østersund", "ostersund"),
        ("Christian Elgaaen", "christian elgaen"), ("Saemien healsoedåehkie", "saemien healsodaehkie"),
        ("o e", "o e"), ("", ""),
    ])
    func looseKeyReadsOeAndAaAsNorwegianLetters(text: String, key: String) {
        #expect(TextFolding.looseKey(text) == key)
    }

    @Test func aLongTextFoldsToALooseKeyInOnePass() {
        let part = "Roeros og Holtaalen sitter i raadet "
        let long = String(repeating: part, count: 20_000)
        let expected = Array(repeating: TextFolding.looseKey(part), count: 20_000).joined(separator: " ")
        #expect(TextFolding.looseKey(long) == expected)
    }

    @Test func namesSortInNorwegianAlphabeticalOrder() {
        let names = ["Åfjord", "Ørland", "Alvdal", "Ærøy", "Osen", "oppdal", "Zeta"]
        #expect(names.sorted(by: TextFolding.precedes)
            == ["Alvdal", "oppdal", "Osen", "Zeta", "Ærøy", "Ørland", "Åfjord"])
    }

    @Test(arguments: [
        ("roros kommune", "kommune", true), ("roros kommune", "roros", true), ("roros kommune", "os k", true),
        ("aaab", "aab", true), ("abababc", "ababc", true), ("abababd", "ababc", false), ("aab", "aaab", false),
        ("", "a", false), ("abc", "", true), ("holtalen og roros", "roros", true), ("hålo", "alo", false),
    ])
    func containsFindsAKeyAnywhereInAText(text: String, key: String, expected: Bool) {
        #expect(TextFolding.contains(text, key) == expected)
        // The same as the standard library's answer, byte for byte.
        let bytes = Array(text.utf8)
        #expect(TextFolding.contains(text, key) == (key.isEmpty || bytes.indices.contains { bytes[$0...].starts(with: key.utf8) }))
    }

    @Test func aLongTextFoldsToTheSameKeyAsItsParts() {
        // Folding builds bytes, not a string appended to scalar by scalar (which copied the
        // whole string each time): the key of a long text is the keys of its parts, joined.
        let part = "Røros og Holtålen sitter i rådet, ÆØÅ ß ŋ "
        let long = String(repeating: part, count: 5_000)
        let expected = Array(repeating: TextFolding.matchKey(part), count: 5_000).joined(separator: " ")
        #expect(TextFolding.matchKey(long) == expected)
        #expect(TextFolding.contains(TextFolding.matchKey(long), "holtalen sitter"))
    }

    /// The quick sort key, for texts of ASCII and the letters of Latin-1, is the key made by
    /// decomposing the text; any other letter goes the long way.
    @Test func theQuickSortKeyIsTheDecomposedOne() {
        var texts = ["Røros kommune", "ÆRØ ÅS", "Ål", "Ärla Örebro", "Trøndelag Sør", "a\u{030A}s", "Tjïelte", "Café",
                     "Ørland", "", "IPR 2017 – rådet", "Gåsvær", "Ǻ", "A\u{0308}"]
        // Every letter of Latin-1 besides ASCII, in both cases, and marks that combine.
        let latin1 = (0xC0...0xFF).compactMap(Unicode.Scalar.init).map(Character.init)
        let letters = Array("aAeEoOzZæÆøØåÅäÄöÖïéüß0 -–,.'\u{030A}\u{0308}ČŋŊđ") + latin1
        var seed: UInt64 = 42
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<8 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text.append(letters[Int(seed >> 33) % letters.count])
            }
            texts.append(text)
        }
        var quick = 0
        for text in texts {
            if let key = TextFolding.simpleSortKey(text) {
                quick += 1
                #expect(key == TextFolding.decomposedSortKey(text), "\(text)")
            }
            #expect(TextFolding.sortKey(text) == TextFolding.decomposedSortKey(text), "\(text)")
        }
        #expect(quick > 100)
        for letter in latin1 {
            let text = String(letter)
            #expect(TextFolding.simpleSortKey(text).map { $0 == TextFolding.decomposedSortKey(text) } != false, "\(text)")
        }
        #expect(TextFolding.simpleSortKey("Tjïelte") == TextFolding.decomposedSortKey("Tjïelte"))
        #expect(TextFolding.simpleSortKey("Tjïelte") == TextFolding.simpleSortKey("Tjielte"))
        #expect(TextFolding.simpleSortKey("a\u{030A}s") == nil)
        #expect(TextFolding.simpleSortKey("Čakovec") == nil)
        #expect(TextFolding.simpleSortKey("Røros") != nil)
    }

    @Test func editDistanceCountsScalars() {
        #expect(TextFolding.editDistance("holtaalen", "holtalen") == 1)
        #expect(TextFolding.editDistance("", "abc") == 3)
        #expect(TextFolding.editDistance("røros", "roros") == 1)
    }

    /// Sorting by name with each key made once gives the order of `byName`: names that differ
    /// in case, in letters that sort apart (æ ø å), or only in how they are written (å as one
    /// letter or as "a" and a ring), and one name shared by two entities.
    @Test func sortingByNameAgreesWithComparingByName() {
        let names = [
            "Åfjord kommune", "A\u{30A}fjord kommune", "Aafjord kommune", "Ørland kommune", "Oerland kommune",
            "æra AS", "Ära AS", "Zeta", "zeta", "Røros kommune", "Roros kommune", "Røros kommune",
            "Tjïelte", "Tjielte", "\"Håsund-huset\" Eiendom AS", "Holtålen kommune", "Holtalen kommune",
        ]
        let entities = names.enumerated().map { index, name in
            Entity(id: EntityID("e\((index * 7) % names.count)"), kind: .company, name: name)
        }
        for rotation in [0, 5, 11] {
            let input = Array(entities[rotation...] + entities[..<rotation])
            #expect(Entity.sortedByName(input) == input.sorted(by: Entity.byName))
        }
    }
}
