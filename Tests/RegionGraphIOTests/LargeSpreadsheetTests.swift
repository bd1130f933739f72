import Foundation
import RegionGraph
import Testing
@testable import RegionGraphIO

/// Spreadsheets at scale: `DatasetLoader.load(from:)` streams `relations.csv` into the network
/// row by row. It must report what the record-by-record path reports (same diagnostics, same
/// relations), name a malformed row deep in a large file by its line, and report progress.
@Suite struct LargeSpreadsheetTests {
    /// A fresh folder under the temporary directory, removed by `body`'s caller.
    static func folder(_ files: [String: [UInt8]]) throws -> String {
        let path = NSTemporaryDirectory() + "regiongraph-large-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, bytes) in files {
            guard FileManager.default.createFile(atPath: path + "/" + name, contents: Data(bytes)) else {
                throw CocoaError(.fileWriteUnknown)
            }
        }
        return path
    }

    /// What the streaming loader gives must be what checking the records gives.
    func expectSameAsRecordPath(_ folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let streamed = try DatasetLoader.load(from: folder)
        let recorded = Network.validating(try DatasetLoader.records(from: folder))
        #expect(streamed.diagnostics.map(\.description) == recorded.diagnostics.map(\.description),
            sourceLocation: sourceLocation)
        #expect((streamed.network == nil) == (recorded.network == nil), sourceLocation: sourceLocation)
        if let streamedNetwork = streamed.network, let recordedNetwork = recorded.network {
            #expect(streamedNetwork.relations == recordedNetwork.relations, sourceLocation: sourceLocation)
            #expect(streamedNetwork.entities == recordedNetwork.entities, sourceLocation: sourceLocation)
            #expect(streamedNetwork.documents == recordedNetwork.documents, sourceLocation: sourceLocation)
        }
    }

    static let entities = Array(#"""
        id,kind,name
        roros,municipality,Røros kommune
        holtalen,municipality,Holtålen kommune
        os,kommune,"Os kommune, Innlandet"
        ipr,council,Interkommunalt politisk råd
        fjellnettverket,network,"Fjellnettverket ""FN"""
        green-flyway,project,Green Flyway
        broken,no-such-kind,Broken entity

        """#.utf8)

    static let sources = Array(#"""
        documents:
          - id: doc-1
            title: Samfunnsutvikling

        """#.utf8)

    @Test func everyKindOfRowGivesWhatTheRecordPathGives() throws {
        let relations = Array(#"""
            from,to,type,role,start,end,source,quote,as_of,note,extra
            roros,ipr,member_of,,2017,,kst-1,,,,
            holtalen,ipr,member_of,"medlem, ""fast""",2017-01,2020-12-31,kst-2,,,,x
            os,ipr,member_of,,,,doc-1,"a quote",2015-01-01,a note,\#r
            roros,fjellnettverket,participates_in,partner,,,brreg 1420,,,,

            roros,ipr,member_of,,2017,,kst-1 again,,,,
            roros,ipr,Member_Of,,2017,,kst-1 once more,,,,
            roros,ipr,member_of,leder,2017,,kst-1,,,,
            holtaalen,ipr,member_of,,,,kst-3,,,,
            roros,roros,participates_in,,,,kst-4,,,,
            ipr,roros,member_of,,,,kst-5,,,,
            os,ipr,membr_of,,,,kst-6,,,,
            os,ipr,member_of,,2021-13,,kst-7,,,,
            os,ipr,member_of,,2022,2021,kst-8,,,,
            os,ipr,member_of,,,,,,,,
            os,ipr,member_of,,,,  ,,,,
            os,ipr,member_of,,,,,only a quote,,,
            os,ipr,member_of,,,,kst-9,,20x5,,
            os,ipr,member_of,,0000,,kst-9b,,,,
            os,ipr,member_of,,1999,0999,kst-9c,,,,
            os,ipr,member_of,,,,kst-10,,,,,too many
            os,ipr,member_of
            ,ipr,member_of,,,,kst-11,,,,
            roros,broken,participates_in,,,,kst-12,,,,
            roros,broken,participates_in,,,,kst-12,,,,
            os,"ipr",member_of,,,,kst-13,,,,
            os,ipr,"member_of",,"2019",,"kst ""14""",,,,
            green-flyway,ipr,member_of,,,,kst-15,,,,
            os,i"pr,member_of,,,,kst-16,,,,
            os,"ipr"x,member_of,,,,kst-17,,,,
            holtaalen,ipr,member_of,"leder
            over to linjer",,,kst-18,,,,
            roros,roros,participates_in,"rolle i
            Røros",2020,,kst-19,,,,
            os,green-flyway,participates_in,,,,"never closed

            """#.utf8)
        let folder = try Self.folder([
            "entities.csv": Self.entities, "relations.csv": relations, "sources.yaml": Self.sources,
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try expectSameAsRecordPath(folder)
        let messages = try DatasetLoader.load(from: folder).diagnostics.map(\.message)
        #expect(messages.contains("relation 'roros Member_Of ipr' is stated twice"))
        #expect(messages.contains("relation 'roros member_of ipr' is stated twice"))
        #expect(messages.contains("relation 'roros participates_in broken' is stated twice"))
        #expect(messages.contains("column 'extra' is not read"))
    }

    /// The rows of a large `relations.csv` are read while a plain `entities.csv` is checked,
    /// their ends found among its rows: a repeated id, an id written two ways (`gå` as one
    /// scalar and as `a` and a ring) and an id no row defines must come out as the record path
    /// has them, and so must every row of a file read with a thread of its own.
    @Test func rowsReadWhileTheEntitiesAreCheckedEndAsTheRecordPathHasThem() throws {
        var entities = String(decoding: Self.largeEntities, as: UTF8.self)
        entities += "m5,council,Repeated id\ng\u{E5},municipality,Gå kommune\nga\u{30A},council,Gå again\n"
        var relations = Self.largeRelations(lines: 40_000, broken: [
            1_001: "m5,c1,member_of,,,,kst-repeated",
            2_002: "g\u{E5},c2,member_of,,,,kst-one-scalar",
            3_003: "ga\u{30A},c3,member_of,,,,kst-two-scalars",
            4_004: "m7,nowhere,member_of,,,,kst-unknown",
            39_000: "ga\u{30A},c4,member_of,,2020,,kst-late",
        ])
        #expect(relations.count > 1 << 20)  // read with a thread of its own
        relations += Array("c5,m6,member_of,,,,kst-kinds\n".utf8)
        let folder = try Self.folder(["entities.csv": Array(entities.utf8), "relations.csv": relations])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try expectSameAsRecordPath(folder)
        let validation = try DatasetLoader.load(from: folder)
        #expect(validation.diagnostics.contains { $0.message.hasPrefix("duplicate entity id 'm5'") })
        #expect(validation.diagnostics.contains { $0.message.hasPrefix("unknown entity 'nowhere'") })
    }

    @Test func aValidSpreadsheetBuildsTheSameNetworkBothWays() throws {
        let relations = Array(#"""
            from,to,type,role,start,end,source
            roros,ipr,member_of,,2017,,kst-1
            holtalen,ipr,member_of,"medlem, ""fast""",2017-01,2020-12-31,kst-2
            os,ipr,member_of,,,,doc-1
            os,green-flyway,participates_in,deltaker,,,doc-1
            roros,green-flyway,owns,prosjekteier,2019-05-02,,brreg 1420
            roros,fjellnettverket,participates_in,partner,,,brreg 1420
            fjellnettverket,ipr,member_of,,,,kst-3

            """#.utf8)
        let entities = Self.entities.split(separator: UInt8(ascii: "\n")).dropLast()
            .map(Array.init).joined(separator: [UInt8(ascii: "\n")]) + [UInt8(ascii: "\n")]
        let folder = try Self.folder([
            "entities.csv": Array(entities), "relations.csv": relations, "sources.yaml": Self.sources,
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try expectSameAsRecordPath(folder)
        let network = try DatasetLoader.load(from: folder).get()
        #expect(network.relations.count == 7)
        #expect(network.relations[1].role == "medlem, \"fast\"")
        #expect(network.relations[2].citations == [Citation(document: "doc-1")])
        #expect(network.relations[4].citations == [Citation(reference: "brreg 1420")])
        #expect(network.relations[4].validity.description == "2019-05-02–")
        #expect(network.entity("fjellnettverket")?.name == "Fjellnettverket \"FN\"")
    }

    @Test func bytesThatAreNotUTF8AreReportedTheSameWay() throws {
        var relations = Array("from,to,type,role,start,end,source\nroros,ipr,member_of,".utf8)
        relations += [0x66, 0xFF, 0x67]
        relations += Array(",,,kst-1\nholtalen,ipr,member_of,,,,kst-2\n".utf8)
        let folder = try Self.folder(["entities.csv": Self.entities, "relations.csv": relations])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try expectSameAsRecordPath(folder)
        // A file that is not UTF-8 is read as Windows-1252, as Excel writes it, with a warning.
        let validation = try DatasetLoader.load(from: folder)
        #expect(validation.diagnostics.contains {
            $0.message.hasPrefix("the file is not UTF-8; it was read as Windows-1252") && $0.location?.line == 1
        })
        #expect(!validation.diagnostics.contains { $0.message == "the field is not valid UTF-8" })
    }

    /// The number of lines of the large file: 300,000 by default (a few seconds in a debug
    /// build), or `REGIONGRAPH_LARGE_CSV_LINES`: with 1300000 the broken row is on line
    /// 1,234,567.
    static let largeLineCount = ProcessInfo.processInfo.environment["REGIONGRAPH_LARGE_CSV_LINES"]
        .flatMap(Int.init) ?? 300_000

    /// A `relations.csv` of `lines` lines between 200 municipalities and 50 councils, every
    /// row a different fact (pair and start year), with a quoted line break on lines 2-3 (so
    /// records and lines are counted apart) and `broken` rows put in at the given lines.
    static func largeRelations(lines: Int, broken: [Int: String]) -> [UInt8] {
        // Row parts made once and put together (quick even in a debug build).
        let pairs = (0..<10_000).map { Array("m\($0 / 50),c\($0 % 50),member_of,,".utf8) }
        let years = (0..<(lines / 10_000 + 1)).map { Array("\(1000 + $0),,kst-\($0 % 97)\n".utf8) }
        var bytes = Array("from,to,type,role,start,end,source\n".utf8)
        bytes += Array("m0,c0,member_of,\"two\nlines\",2017,,kst-0\n".utf8)  // lines 2-3
        bytes.reserveCapacity(lines * 36)
        var line = 4
        while line <= lines {
            if let text = broken[line] {
                bytes += Array((text + "\n").utf8)
            } else {
                bytes.append(contentsOf: pairs[line % 10_000])
                bytes.append(contentsOf: years[line / 10_000])
            }
            line += 1
        }
        return bytes
    }

    static let largeEntities: [UInt8] = {
        var text = "id,kind,name\n"
        for index in 0..<200 { text += "m\(index),municipality,Kommune \(index)\n" }
        for index in 0..<50 { text += "c\(index),council,Regionråd \(index)\n" }
        return Array(text.utf8)
    }()

    @Test func aMalformedRowDeepInALargeFileIsReportedWithItsLineNumber() throws {
        let lines = Self.largeLineCount
        let target = lines > 1_234_567 ? 1_234_567 : lines * 3 / 4 + 67
        let early = target / 2
        let folder = try Self.folder([
            "entities.csv": Self.largeEntities,
            "relations.csv": Self.largeRelations(lines: lines, broken: [
                early: "m1,c1,member_of,,2021-13,,kst-1",
                target: "m1,c1,member_of,,,,kst-1,one field too many",
            ]),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let validation = try DatasetLoader.load(from: folder)
        let file = folder + "/relations.csv"
        #expect(validation.network == nil)
        #expect(validation.warnings.isEmpty)
        #expect(validation.errors.map(\.description) == [
            """
            \(file):\(early):18: error: '2021-13' is not a valid calendar date
            \(file):\(early):18: note: for example 2015, 2021-05 or 2021-05-26
            """,
            """
            \(file):\(target):26: error: the row has 8 fields, the header 7
            \(file):\(target):26: note: quote fields that contain commas, and give every row the header's columns
            """,
        ])
    }

    @Test func progressIsReportedAsTheFileIsRead() throws {
        let folder = try Self.folder([
            "entities.csv": Self.largeEntities,
            "relations.csv": Self.largeRelations(lines: 200_000, broken: [:]),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var reports: [DatasetLoader.Progress] = []
        let validation = try DatasetLoader.load(from: folder) { reports.append($0) }
        #expect(validation.diagnostics.isEmpty)
        #expect(try validation.get().relations.count == 200_000 - 2)
        let total = Self.largeEntities.count + Self.largeRelations(lines: 200_000, broken: [:]).count
        let reading = reports.filter { $0.stage == .reading }
        #expect(reading.count > 3, "about one report per megabyte")
        #expect(reading.map(\.bytesRead) == reading.map(\.bytesRead).sorted())
        #expect(reading.allSatisfy { $0.totalBytes == total })
        #expect(reading.last?.file == folder + "/relations.csv")
        #expect(reports.suffix(2).map(\.stage) == [.checking, .finished])
        #expect(reports.last?.bytesRead == total)
        #expect(reports.last?.fractionRead == 1)
    }

    @Test func theProgressLineShowsFilePercentageAndMegabytes() {
        let progress = DatasetLoader.Progress(
            stage: .reading, file: "/data/net/relations.csv", bytesRead: 75_300_000, totalBytes: 179_300_000)
        #expect(ProgressReporter.line(for: progress, label: "loading")
            == "loading relations.csv  41% [########............] 75.3/179.3 MB")
    }

    @Test func theReporterWaitsBeforeDrawingAndClearsTheLineAtTheEnd() {
        var output: [String] = []
        var time = 0.0
        let reporter = ProgressReporter(label: "loading", delay: 0.3, interval: 0.1, write: { output.append($0) }, clock: { time })
        func report(_ stage: DatasetLoader.Progress.Stage, _ read: Int) {
            reporter.update(DatasetLoader.Progress(stage: stage, file: "relations.csv", bytesRead: read, totalBytes: 100))
        }
        report(.reading, 0)
        time = 0.2
        report(.reading, 10)
        #expect(output.isEmpty, "nothing is drawn for a load that ends quickly")
        time = 0.35
        report(.reading, 50)
        time = 0.38
        report(.reading, 60)  // too soon after the last drawing
        time = 0.5
        report(.reading, 90)
        report(.finished, 100)
        #expect(output.count == 3)
        #expect(output[0].hasPrefix("\r\u{1B}[2Kloading relations.csv  50%"))
        #expect(output[1].hasPrefix("\r\u{1B}[2Kloading relations.csv  90%"))
        #expect(output[2] == "\r\u{1B}[2K")

        output = []
        let quick = ProgressReporter(label: "loading", write: { output.append($0) }, clock: { 0 })
        quick.update(DatasetLoader.Progress(stage: .reading, file: nil, bytesRead: 0, totalBytes: 1))
        quick.update(DatasetLoader.Progress(stage: .finished, file: nil, bytesRead: 1, totalBytes: 1))
        #expect(output.isEmpty, "a quick load leaves no trace")
    }
}
