import Foundation
import RegionGraph
import Testing
@testable import RegionGraphIO

/// `relations.csv` read a piece at a time: whatever the size of the pieces, and wherever a row,
/// a quoted line break or a character falls across two of them, the network and every
/// diagnostic (with its line and column) are what reading the file whole gives.
@Suite struct FilePiecesTests {
    static let relations = Array(#"""
        from,to,type,role,start,end,source,quote,as_of,note,extra
        roros,ipr,member_of,,2017,,kst-1,,,,
        holtalen,ipr,member_of,"medlem, ""fast""",2017-01,2020-12-31,kst-2,,,,x
        os,ipr,member_of,,,,doc-1,"a quote
        over two lines, with æøå",2015-01-01,a note,\#r
        roros,fjellnettverket,participates_in,Røros 🏔️ partner,,,brreg 1420,,,,

        roros,ipr,member_of,,2017,,kst-1 again,,,,
        holtaalen,ipr,member_of,,,,kst-3,,,,
        os,ipr,membr_of,,,,kst-6,,,,
        os,ipr,member_of,,2021-13,,kst-7,,,,
        os,ipr,member_of,,,,kst-10,,,,,too many
        os,i"pr,member_of,,,,kst-16,,,,
        os,"ipr"x,member_of,,,,kst-17,,,,
        green-flyway,ipr,member_of,,,,kst-15,,,,
        os,green-flyway,participates_in,,,,"never closed
        """#.utf8)

    /// The diagnostics and relations of `relations` read into a builder of the test entities,
    /// whole or (with `pieceSize`) a piece at a time.
    /// With `batchSize`, the pieces are read on a thread of their own, in batches of that many rows.
    func read(_ relations: [UInt8], pieceSize: Int?, batchSize: Int? = nil) throws -> (diagnostics: [String], relations: [Relation]) {
        // The entities without the one of an unknown kind, so that valid relations make a network.
        let entities = LargeSpreadsheetTests.entities.split(separator: UInt8(ascii: "\n")).dropLast()
            .map(Array.init).joined(separator: [UInt8(ascii: "\n")]) + [UInt8(ascii: "\n")]
        let folder = try LargeSpreadsheetTests.folder([
            "entities.csv": Array(entities), "sources.yaml": LargeSpreadsheetTests.sources,
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/relations.csv"
        var builder = NetworkBuilder(records: try DatasetLoader.records(from: folder))
        try Data(relations).write(to: URL(fileURLWithPath: path))
        if let pieceSize {
            let survey = try #require(FileSurvey(path: path, pieceSize: pieceSize))
            let pieces = try #require(FilePieces(path: path, pieceSize: pieceSize))
            if let batchSize {
                SpreadsheetDatasetReader.readRelations(
                    from: pieces, survey: survey, into: &builder, threadedFrom: 0, batchSize: batchSize)
            } else {
                SpreadsheetDatasetReader.readRelations(from: pieces, survey: survey, into: &builder)
            }
        } else {
            relations.withUnsafeBufferPointer { bytes in
                SpreadsheetDatasetReader.readRelations(bytes, file: path, into: &builder)
            }
        }
        let validation = builder.finish()
        let diagnostics = validation.diagnostics.map { $0.description.replacingOccurrences(of: folder, with: "") }
        return (diagnostics, validation.network?.relations ?? [])
    }

    @Test(arguments: [1, 2, 3, 4, 5, 7, 11, 16, 33, 64, 100, 1 << 20])
    func piecesOfAnySizeGiveWhatTheWholeFileGives(pieceSize: Int) throws {
        let whole = try read(Self.relations, pieceSize: nil)
        let pieces = try read(Self.relations, pieceSize: pieceSize)
        #expect(pieces.diagnostics == whole.diagnostics)
        #expect(pieces.relations == whole.relations)
        // The rows are not all dropped: the diagnostics name rows near the end by their line.
        #expect(whole.diagnostics.contains { $0.hasPrefix("/relations.csv:16:36: error: unterminated quoted field") })
    }

    /// Read on another thread, in batches of any size, and a piece at a time, the rows give
    /// the same diagnostics and relations in the same order, also with a control character
    /// that only a later piece holds.
    @Test(arguments: [(1, 1), (3, 2), (16, 5), (64, 3), (1 << 20, 1), (1 << 20, 8192)])
    func aReaderOnAnotherThreadGivesWhatTheWholeFileGives(pieceSize: Int, batchSize: Int) throws {
        /// What `relations` gives whole, after expecting the same read on another thread.
        func expectSameThreaded(_ relations: [UInt8]) throws -> (diagnostics: [String], relations: [Relation]) {
            let whole = try read(relations, pieceSize: nil)
            let threaded = try read(relations, pieceSize: pieceSize, batchSize: batchSize)
            #expect(threaded.diagnostics == whole.diagnostics)
            #expect(threaded.relations == whole.relations)
            return whole
        }
        _ = try expectSameThreaded(Self.relations)

        let header = Array(Self.relations.prefix(while: { $0 != UInt8(ascii: "\n") }) + [UInt8(ascii: "\n")])
        let valid = try expectSameThreaded(header + (1...40).flatMap { number in
            Array(number % 7 == 0
                ? "holtalen,ipr,member_of,\"medlem,\nfast\",2017-0\(number % 9 + 1),,kst-\(number),,,,\n".utf8
                : "roros,fjellnettverket,participates_in,Røros 🏔️ \(number % 3),,,brreg \(number),,,note \(number % 2),\n".utf8)
        })
        #expect(valid.relations.count == 40)

        // Rows read again as records on the adding side, some over two lines.
        let failing = try expectSameThreaded(header + (1...30).flatMap { number in
            Array(number % 4 == 0
                ? "holtaalen,ipr,member_of,\"leder\nto linjer \(number)\",,,kst-\(number),,,,\n".utf8
                : "roros,roros,participates_in,,,,kst-\(number),,,,\n".utf8)
        })
        #expect(failing.diagnostics.count >= 30)

        let control = try expectSameThreaded(
            header + Array(repeating: Array("roros,ipr,member_of,,2017,,kst-1,,,,\n".utf8), count: 20).joined()
                + Array("os,ipr,member_of,leder\u{1B},,,kst-9,,,,\n".utf8))
        #expect(control.diagnostics.contains { $0.contains("holds a control character (U+001B)") })
    }

    @Test(arguments: [1, 3, 4, 6, 64])
    func aValidFileBuildsTheSameNetworkInPieces(pieceSize: Int) throws {
        let relations = Array("""
            from,to,type,role,start,end,source
            roros,ipr,member_of,"medlem,
            fast",2017,,kst-1
            holtalen,ipr,member_of,leder i rådet,2017-01,2020-12-31,kst-2
            os,green-flyway,participates_in,deltaker,,,doc-1
            """.utf8)
        let whole = try read(relations, pieceSize: nil)
        let pieces = try read(relations, pieceSize: pieceSize)
        #expect(whole.relations.count == 3)
        #expect(pieces.relations == whole.relations)
        #expect(pieces.diagnostics == whole.diagnostics)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 9, 1 << 20])
    func aSurveyInPiecesSeesTheWholeFile(pieceSize: Int) throws {
        let text = Array("a,ø\nÅse,🏔️,Rossen tjïelte\n\nend".utf8)
        let folder = try LargeSpreadsheetTests.folder(["valid.csv": text, "invalid.csv": text + [0xC3] + text])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let survey = try #require(FileSurvey(path: folder + "/valid.csv", pieceSize: pieceSize))
        #expect(survey.isValidUTF8)
        #expect(survey.size == text.count)
        #expect(survey.hash == ContentHash.of(text))
        #expect(survey.lineCount == 4)
        #expect(!survey.holdsControlCharacters)
        let invalid = try #require(FileSurvey(path: folder + "/invalid.csv", pieceSize: pieceSize))
        #expect(!invalid.isValidUTF8)
        #expect(invalid.hash == ContentHash.of(text + [0xC3] + text))
        #expect(FileSurvey(path: folder + "/missing.csv") == nil)
    }

    @Test(arguments: [1, 2, 7, 1 << 20])
    func aSurveySeesAControlCharacterInAnyPiece(pieceSize: Int) throws {
        let text = Array("a,b\r\nÅse,🏔️\n".utf8)
        let folder = try LargeSpreadsheetTests.folder([
            "plain.csv": text, "escape.csv": text + text + Array("x\u{1B}".utf8), "c1.csv": text + Array("\u{85}".utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try #require(FileSurvey(path: folder + "/escape.csv", pieceSize: pieceSize)).holdsControlCharacters)
        #expect(try #require(FileSurvey(path: folder + "/c1.csv", pieceSize: pieceSize)).holdsControlCharacters)
        // A carriage return before a line feed is no control character, unless a piece ends between them.
        if pieceSize > text.count {
            #expect(try !#require(FileSurvey(path: folder + "/plain.csv", pieceSize: pieceSize)).holdsControlCharacters)
        }
    }
}
