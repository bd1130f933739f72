import Foundation
import RegionGraph
import RegionGraphTestSupport
import Testing
@testable import RegionGraphIO

/// Streamed exports: every format written to its file through a ``ByteSink`` gives the bytes
/// the whole-document rendering gave before exports streamed (recorded as sizes and hashes in
/// `Golden/export-digests.tsv`), and the bytes of the in-memory API; a write that fails on the
/// way leaves the target as it was and no temporary file.
@Suite struct ExportStreamingTests {
    let manager = FileManager.default

    /// The networks the digests were recorded for.
    static func networks() throws -> [(label: String, network: Network)] {
        let shipped = try ExportFixture.shippedNetwork()
        let part = ExportSelection(date: try PartialDate(parsing: "2020")).apply(to: shipped)
        return [
            ("shipped", shipped), ("shipped-2020", part), ("hostile", ExportFixture.hostile),
            ("hostile-in-code", ExportFixture.hostileInCode),
        ]
    }

    /// FNV-1a, 64 bits: the hash the digests were recorded with.
    static func fnv(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return String(hash, radix: 16)
    }

    /// `network format file` → `size hash`, as the whole-document rendering wrote them.
    static func recordedDigests() throws -> [String: String] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/export-digests.tsv").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var digests: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 5 else { continue }
            digests[fields[0...2].joined(separator: " ")] = fields[3...4].joined(separator: " ")
        }
        return digests
    }

    /// The files an export wrote to `path`, read back, by name.
    func readBack(_ path: String, format: ExportFormat, names: [String]) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in names {
            let file = format.writesFolder ? (path as NSString).appendingPathComponent(name) : path
            files[name] = Array(try #require(manager.contents(atPath: file)))
        }
        return files
    }

    @Test func streamedFilesHaveThePreviousBytesInEveryFormat() throws {
        let digests = try Self.recordedDigests()
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        var compared = 0
        for (label, network) in try Self.networks() {
            for format in ExportFormat.allCases {
                let path = folder + "/\(label)-\(format.rawValue)"
                guard let written = try? Exporter.export(network, as: format, to: path) else {
                    #expect(digests["\(label) \(format.rawValue) -"] != nil, "\(label) \(format.rawValue) was exported before")
                    continue
                }
                let files = try readBack(path, format: format, names: written.map(\.name))
                for summary in written {
                    let bytes = try #require(files[summary.name])
                    #expect(summary.byteCount == bytes.count)
                    let key = "\(label) \(format.rawValue) \(summary.name)"
                    #expect(digests[key] == "\(bytes.count) \(Self.fnv(bytes))", "\(key) differs from the whole-document rendering")
                    compared += 1
                }
            }
        }
        #expect(compared == digests.values.filter { $0 != "- -" }.count)
    }

    @Test func streamedFilesEqualTheInMemoryFiles() throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        for (label, network) in try Self.networks() {
            for format in ExportFormat.allCases {
                guard let inMemory = try? Exporter.files(of: network, as: format) else { continue }
                let path = folder + "/\(label)-\(format.rawValue)"
                try Exporter.export(network, as: format, to: path)
                let files = try readBack(path, format: format, names: inMemory.map(\.name))
                for file in inMemory { #expect(files[file.name] == file.bytes, "\(label) \(format.rawValue) \(file.name)") }
            }
        }
    }

    /// A buffer of a few bytes flushes inside every element and escape: the bytes stay the same.
    @Test(arguments: [1, 7, 4096])
    func aSmallBufferGivesTheSameBytes(bufferSize: Int) throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        let network = ExportFixture.hostileInCode
        for format in ExportFormat.allCases where format != .xlsx && format != .csv {
            for document in try Exporter.documents(of: network, as: format) {
                let path = folder + "/" + format.rawValue + "-" + document.name
                #expect(manager.createFile(atPath: path, contents: nil))
                let handle = try #require(FileHandle(forWritingAtPath: path))
                let sink = ByteSink(descriptor: handle.fileDescriptor, bufferSize: bufferSize)
                document.write(sink)
                sink.flush()
                try handle.close()
                #expect(sink.failure == 0)
                #expect(manager.contents(atPath: path).map(Array.init) == document.file.bytes, "\(format.rawValue) \(document.name)")
            }
        }
    }

    @Test func theWholeValueSerializesToTheStreamedJSON() throws {
        for (_, network) in try Self.networks() {
            #expect(JSONExporter.value(of: network).serialized() == JSONExporter.text(of: network))
            #expect(PopoloExporter.value(of: network).serialized() == PopoloExporter.text(of: network))
        }
    }

    /// A disk that fills up during the export of a file (`limit` bytes in): the old file is
    /// kept and no temporary file is left, whether the file streams (GraphML) or is a workbook
    /// (its archive made from temporary sheets, then copied in).
    @Test(arguments: [(ExportFormat.graphml, 100_000), (.xlsx, 20_000)])
    func aFullDiskLeavesTheOldFileAndNoTemporaryFile(format: ExportFormat, limit: Int) throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        let name = "network." + (format.fileExtension ?? format.rawValue)
        let path = folder + "/" + name
        try AtomicFile.write(Array("old".utf8), to: path)
        let documents = try Exporter.documents(of: try ExportFixture.shippedNetwork(), as: format)
        #expect(throws: ExportError.cannotWrite(path: path, reason: "no space left on the device")) {
            try Exporter.write(documents, to: path, as: format, limit: limit)
        }
        #expect(manager.contents(atPath: path) == Data("old".utf8))
        #expect(try manager.contentsOfDirectory(atPath: folder) == [name])
    }

    @Test func aFullDiskInAFolderExportChangesNothing() throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        let target = folder + "/neo4j"
        try Exporter.export(ExportFixture.hostile, as: .neo4j, to: target)
        let before = try readBack(target, format: .neo4j, names: ExportFormat.neo4j.fileNames)
        let documents = try Exporter.documents(of: try ExportFixture.shippedNetwork(), as: .neo4j)
        #expect(throws: ExportError.self) {
            try Exporter.write(documents, to: target, as: .neo4j, limit: 20_000)
        }
        #expect(try readBack(target, format: .neo4j, names: ExportFormat.neo4j.fileNames) == before)
        #expect(try manager.contentsOfDirectory(atPath: target).sorted() == ExportFormat.neo4j.fileNames.sorted())
    }

    @Test func aFullDiskIsNamedWithTheFile() throws {
        let folder = try ExportFixture.temporaryFolder()
        defer { try? manager.removeItem(atPath: folder) }
        let path = folder + "/out.json"
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.stage(for: path, limit: 10) { $0.write(String(repeating: "x", count: 100)) }.commit()
        }
        do {
            try AtomicFile.stage(for: path, limit: 10) { $0.write(String(repeating: "x", count: 100)) }.commit()
        } catch {
            #expect(error.description == "cannot write '\(path)': no space left on the device")
        }
        #expect(!manager.fileExists(atPath: path))
        #expect(try manager.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
