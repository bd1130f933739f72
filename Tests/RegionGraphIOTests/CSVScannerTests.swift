import Testing

@testable import RegionGraphIO

/// The quick reading of plain rows (`CSVScanner.nextPlainRow()`) against the full reading: the
/// same fields, lines, columns and diagnostics for any bytes.
@Suite struct CSVScannerTests {
    /// What a scanner reads from `bytes`: each row's fields, line and columns, then the
    /// diagnostics.
    private func scan(_ bytes: [UInt8], quickly: Bool) -> [String] {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(buffer, file: "relations.csv")
            scanner.readsPlainRowsQuickly = quickly
            var lines: [String] = []
            while scanner.nextRow() {
                let row = scanner.row()
                lines.append("\(row.line) \(row.columns) \(row.fields)")
            }
            return lines + scanner.diagnostics.map(\.description)
        }
    }

    @Test func plainRowsReadQuicklyAreTheRowsTheFullReadingReads() {
        let text = "from,to,type\nroros,ipr,member_of\nholtålen,ïpr,part_of\n,,\nlast,row,without line feed"
        let quick = scan(Array(text.utf8), quickly: true)
        #expect(quick == scan(Array(text.utf8), quickly: false))
        #expect(quick[2] == #"3 [1, 10, 14] ["holtålen", "ïpr", "part_of"]"#)
        #expect(quick[3] == #"4 [1, 2, 3] ["", "", ""]"#)
        #expect(quick.count == 5)
    }

    @Test(arguments: ["a,b\n", "ab,c,d\n", "a,b\nc,d\n", "abcdefgh\nx,,y\n", "h\n,\n"])
    func shortRowsAtTheEndOfTheBytesAreSplitRight(text: String) {
        let quick = scan(Array(text.utf8), quickly: true)
        #expect(quick == scan(Array(text.utf8), quickly: false))
        #expect(quick.last?.hasSuffix(text.split(separator: "\n").last!.split(separator: ",", omittingEmptySubsequences: false)
            .map { "\"\($0)\"" }.joined(separator: ", ") + "]") == true)
    }

    @Test(arguments: [31, 32, 33, 34, 40])
    func rowsOfAsManyFieldsAsTheQuickReadingHoldsOrMoreAreReadWhole(fields: Int) {
        let row = (1...fields).map { "f\($0)" }.joined(separator: ",")
        let text = "\(row)\n\(row)\n"
        let quick = scan(Array(text.utf8), quickly: true)
        #expect(quick == scan(Array(text.utf8), quickly: false))
        #expect(quick.count == 2)
        #expect(quick[1].hasSuffix(#""f\#(fields - 1)", "f\#(fields)"]"#))
    }

    /// Generated files of the bytes that matter (delimiters, quotes, line ends, characters of
    /// two and three bytes, some of which differ from a delimiter, a quote or a line feed in
    /// the top bit only) in every mix, from a fixed seed.
    @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")])
    func anyBytesReadTheSameBothWays(delimiter: UInt8) {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D ^ UInt64(delimiter)
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        let pieces: [[UInt8]] = [
            [delimiter], [delimiter], [delimiter], [UInt8(ascii: "\n")], [UInt8(ascii: "\n")],
            [UInt8(ascii: "\r"), UInt8(ascii: "\n")], [UInt8(ascii: "\"")], Array("ab".utf8), Array("x".utf8),
            Array("ø".utf8), Array("€ ¢ Ê".utf8), Array("Røros kommune".utf8), Array("2017-01".utf8), [UInt8(ascii: "\r")],
        ]
        for _ in 0..<400 {
            var bytes = Array("a\(Character(Unicode.Scalar(delimiter)))b\n".utf8)
            for _ in 0..<next(60) { bytes += pieces[next(pieces.count)] }
            #expect(scan(bytes, quickly: true) == scan(bytes, quickly: false), "\(bytes)")
        }
    }
}
