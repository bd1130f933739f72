import Foundation
import Testing

/// Runs `scripts/check-exports`, which reads an export with tools that are not regiongraph
/// (networkx for GraphML and GEXF, Python's json and csv modules for the rest).
enum PeerCheck {
    static let script = CommandRunner.packageFolder.appendingPathComponent("scripts/check-exports").path

    /// `python3` on the PATH, or `nil`.
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static func runPython(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(executable: URL(fileURLWithPath: python!), arguments)
    }

    /// Whether python3 and networkx are there; when not, records a failing issue that says
    /// what to install, so a machine without them cannot pass these tests silently.
    static func isAvailable(sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        guard python != nil else {
            Issue.record("python3 is not on the PATH; the exports are checked by reading them with networkx: install python3 and networkx (pip install networkx, or apt-get install python3-networkx)", sourceLocation: sourceLocation)
            return false
        }
        let probe = try runPython(["-c", "import networkx; print(networkx.__version__)"])
        guard probe.status == 0 else {
            Issue.record("python3 cannot import networkx, which reads the GraphML and GEXF exports back: pip install networkx (or apt-get install python3-networkx)\n\(probe.stderr)", sourceLocation: sourceLocation)
            return false
        }
        return true
    }

    /// The peer's summary of an export: counts, and the attributes of the nodes and edges asked for.
    static func read(_ format: String, _ path: String, nodes: [String] = [], edges: [String] = [], all: Bool = false) throws -> [String: Any] {
        var arguments = [script, format, path]
        for node in nodes { arguments += ["--node", node] }
        for edge in edges { arguments += ["--edge", edge] }
        if all { arguments.append("--all") }
        let output = try runPython(arguments)
        try #require(output.status == 0, "the peer could not read the \(format) export: \(output.stderr)")
        return try #require(try CommandRunner.json(output.stdout) as? [String: Any])
    }
}

/// `regiongraph export`, run as a user runs it, each export read back by a real peer.
@Suite struct ExportCommandTests {
    static let formats = ["graphml", "gexf", "popolo", "csv", "mermaid", "neo4j", "json"]
    static let folderFormats: Set<String> = ["csv", "neo4j"]

    /// Exports to a fresh path in `folder` and returns the path.
    static func export(_ format: String, data: String = "Data", into folder: URL, name: String? = nil, extra: [String] = []) throws -> String {
        let path = folder.appendingPathComponent(name ?? (folderFormats.contains(format) ? format : "network.\(format)")).path
        let output = try CommandRunner.run(["export", "--format", format, "--data", data, "--output", path] + extra)
        try #require(output.status == 0, "export --format \(format) failed: \(output.stderr)")
        return path
    }

    /// The network as the JSON export holds it.
    static func networkJSON(data: String = "Data", extra: [String] = []) throws -> [String: Any] {
        let output = try CommandRunner.run(["export", "--format", "json", "--data", data, "--output", "-"] + extra)
        try #require(output.status == 0, "\(output.stderr)")
        return try #require(try CommandRunner.json(output.stdout) as? [String: Any])
    }

    /// All the bytes of an export: one file, or every file of a folder in name order.
    static func bytes(_ path: String) throws -> [String: Data] {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        guard isDirectory.boolValue else { return ["": try Data(contentsOf: URL(fileURLWithPath: path))] }
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: path) {
            result[name] = try Data(contentsOf: URL(fileURLWithPath: path).appendingPathComponent(name))
        }
        return result
    }

    // MARK: The shipped data, read by peers

    @Test(arguments: formats)
    func peerReadsTheShippedData(_ format: String) throws {
        guard try PeerCheck.isAvailable() else { return }
        let folder = try CommandRunner.temporaryFolder("export-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = try Self.networkJSON()
        let entities = try #require(network["entities"] as? [[String: Any]])
        let relations = try #require(network["relations"] as? [[String: Any]])
        let first = relations[0]
        let path = try Self.export(format, into: folder)
        let summary = try PeerCheck.read(format, path, nodes: ["roros"], edges: ["r1"])
        #expect(summary["nodes"] as? Int == entities.count)
        #expect(summary["edges"] as? Int == relations.count)
        let node = (summary["node"] as? [String: Any])?["roros"] as? [String: Any]
        let edge = (summary["edge"] as? [String: Any])?["r1"] as? [String: Any]
        let type = first["type"] as! String
        switch format {
        case "graphml", "gexf":
            #expect(summary["directed"] as? Bool == true)
            #expect(node?["name"] as? String == "Røros kommune")
            #expect(node?["kind"] as? String == "municipality")
            #expect(node?["aliases"] as? String == "Rossen tjïelte")
            #expect(edge?["type"] as? String == type)
            #expect(edge?["source"] as? String == first["from"] as? String)
            #expect(edge?["target"] as? String == first["to"] as? String)
            #expect((edge?["sources"] as? String)?.contains("\"document\":") == true)
            if format == "gexf" { #expect(summary["mode"] as? String == "dynamic") }
        case "json":
            #expect(node?["name"] as? String == "Røros kommune")
            #expect(edge?["type"] as? String == type)
        case "popolo":
            let organization = node?["organizations"] as? [String: Any]
            #expect(organization?["name"] as? String == "Røros kommune")
            #expect(organization?["classification"] as? String == "municipality")
            #expect((edge?["type"] ?? edge?["x_type"]) as? String == type)
            #expect((summary["areas"] as? Int ?? 0) > 0)
            #expect((summary["memberships"] as? Int ?? 0) > 0)
        case "csv":
            #expect(node?["name"] as? String == "Røros kommune")
            #expect(node?["aliases"] as? String == "Rossen tjïelte")
            #expect(edge?["type"] as? String == type)
            #expect(summary["documents"] as? Int == (network["documents"] as? [Any])?.count)
        case "neo4j":
            #expect(node?["name"] as? String == "Røros kommune")
            #expect(node?[":LABEL"] as? String == "Municipality;Entity")
            #expect(edge?[":TYPE"] as? String == type.uppercased())
        default:
            #expect(format == "mermaid")
        }
    }

    // MARK: Hostile text

    /// A CSV field, always quoted, quotes doubled (by scalars).
    static func csvField(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { result += "\"" }
            result.unicodeScalars.append(scalar)
        }
        return result + "\""
    }

    static let hostileNames: [(id: String, kind: String, name: String)] = [
        ("roros", "municipality", "Røros \"kommune\" <b>&amp;</b> 'x' ]]> \\ back\\slash \t tab"),
        ("holtalen", "municipality", "line1\nline2\r\nline3 \u{200B} zwsp \u{2028} ls \u{FEFF} bom"),
        (#"ipr,"<&>'"#, "regional_council", "#quot; %% end --> A[x] |pipe| `tick` :::cls ; style x fill:#f00;"),
        ("sami", "forum", "\u{202E}evil\u{202C} مرحبا 👩‍👩‍👧‍👦 🇳🇴 e\u{301} Rossen tjïelte Åarjelsaemien"),
        ("long", "forum", String(repeating: "Åarjelsaemien tjïelte ", count: 455) + "end"),
        ("formula", "company", #"=HYPERLINK("http://example.org","x"),2"#),
    ]

    /// A dataset folder in the spreadsheet layout every version of the reader reads.
    static func writeHostileData(to folder: URL) throws {
        var entities = "id,kind,name,description,merknad\r\n"
        for entity in hostileNames {
            entities += [entity.id, entity.kind, entity.name, entity.name, entity.name].map(csvField).joined(separator: ",") + "\r\n"
        }
        let relations = "from,to,type,role,start,end,source,quote,note\r\n"
            + [
                ["roros", #"ipr,"<&>'"#, "member_of", hostileNames[0].name, "2017", "2022-06", "brreg, \"1420\"", hostileNames[3].name, hostileNames[1].name],
                ["holtalen", #"ipr,"<&>'"#, "member_of", hostileNames[2].name, "", "", "https://example.org/?a=1&b=<2>", "", ""],
                ["roros", "formula", "owns", hostileNames[5].name, "", "", "x", hostileNames[4].name, ""],
                ["sami", "long", "partner_of", "", "", "", "y", "", hostileNames[3].name],
            ].map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
        try Data(entities.utf8).write(to: folder.appendingPathComponent("entities.csv"))
        try Data(relations.utf8).write(to: folder.appendingPathComponent("relations.csv"))
    }

    /// Text without the characters XML 1.0 forbids: what an XML reader gets back.
    static func xmlAllowed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: result.append(scalar)
            default: continue
            }
        }
        return String(result)
    }

    @Test func hostileTextKeepsEveryFormatReadableAndComesBack() throws {
        guard try PeerCheck.isAvailable() else { return }
        let folder = try CommandRunner.temporaryFolder("export-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Self.writeHostileData(to: data)
        for format in Self.formats {
            let path = try Self.export(format, data: data.path, into: folder)
            let summary = try PeerCheck.read(format, path, all: true)
            #expect(summary["nodes"] as? Int == Self.hostileNames.count, "\(format)")
            #expect(summary["edges"] as? Int == 4, "\(format)")
            let nodes = try #require(summary["node"] as? [String: Any])
            for entity in Self.hostileNames where format != "mermaid" {
                let node = nodes[entity.id] as? [String: Any]
                let name = format == "popolo"
                    ? node?.values.compactMap { ($0 as? [String: Any])?["name"] as? String }.first
                    : node?["name"] as? String
                let expected = ["graphml", "gexf"].contains(format) ? Self.xmlAllowed(entity.name) : entity.name
                #expect(name == expected, "\(format) changed the name of \(entity.id)")
                if ["graphml", "gexf", "json", "csv", "neo4j"].contains(format) {
                    #expect(node?["description"] as? String == expected, "\(format) changed the description of \(entity.id)")
                }
            }
            if format == "mermaid" {
                // Node ids are n1…: the names are escaped, the lines still parse.
                let text = try String(contentsOfFile: path, encoding: .utf8)
                #expect(text.contains("Røros #34;kommune#34; #60;b#62;#38;amp;#60;/b#62;"))
                #expect(text.contains("line1<br/>line2<br/>line3 #8203; zwsp <br/> ls #65279; bom"))
            }
        }
    }

    // MARK: The spreadsheet round trip

    @Test func theToolReadsTheWholeSpreadsheetLayout() throws {
        #expect(try Self.readerReadsTheWholeLayout())
    }

    /// Whether the loader reads the whole spreadsheet layout (documents.csv, entity sources,
    /// source_N/quote_N, a doubled quote before a combining mark).
    static func readerReadsTheWholeLayout() throws -> Bool {
        let folder = try CommandRunner.temporaryFolder("export-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id,title,publisher,date,note,file\r\nd,Title,,,,\r\n".utf8).write(to: folder.appendingPathComponent("documents.csv"))
        try Data("id,kind,name,source,quote\r\na,forum,A,d,q\r\nb,forum,B,,\r\n".utf8).write(to: folder.appendingPathComponent("entities.csv"))
        try Data("from,to,type,role,start,end,source,quote,source_2,quote_2\r\na,b,part_of,,,,d,\"x\"\"\u{301}\",free,\r\n".utf8)
            .write(to: folder.appendingPathComponent("relations.csv"))
        let output = try CommandRunner.run(["export", "--format", "json", "--data", folder.path, "--output", "-"])
        guard output.status == 0, let network = try CommandRunner.json(output.stdout) as? [String: Any],
            let documents = network["documents"] as? [Any], let entities = network["entities"] as? [[String: Any]],
            let relations = network["relations"] as? [[String: Any]]
        else { return false }
        let entitySources = entities.first?["sources"] as? [[String: String]]
        let relationSources = relations.first?["sources"] as? [[String: String]]
        return documents.count == 1 && entitySources == [["document": "d", "quote": "q"]]
            && relationSources == [["document": "d", "quote": "x\"\u{301}"], ["reference": "free"]]
    }

    @Test func csvRoundTripsThroughTheLoaderToTheSameBytes() throws {
        let folder = try CommandRunner.temporaryFolder("export-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.export("csv", into: folder, name: "first")
        let second = try Self.export("csv", data: first, into: folder, name: "second")
        #expect(try Self.bytes(second) == Self.bytes(first), "exporting the loaded spreadsheet gives other bytes")
        let original = try Self.networkJSON()
        let loaded = try Self.networkJSON(data: first)
        #expect(NSDictionary(dictionary: loaded) == NSDictionary(dictionary: original), "the loaded network differs from Data/")
    }

    // MARK: Determinism, filters, standard output

    @Test(arguments: formats)
    func sameDataGivesTheSameBytes(_ format: String) throws {
        let folder = try CommandRunner.temporaryFolder("export-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.export(format, into: folder, name: "a")
        let second = try Self.export(format, into: folder, name: "b")
        #expect(try Self.bytes(first) == Self.bytes(second))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.hasPrefix(".") }, "a temporary file was left behind: \(names)")
    }

    @Test func filtersKeepTheChosenKindsTypesAndDate() throws {
        let all = try Self.networkJSON()
        let part = try Self.networkJSON(extra: ["--kinds", "municipality,regional_council", "--relations", "member_of", "--at", "2020"])
        let entities = try #require(part["entities"] as? [[String: Any]])
        let relations = try #require(part["relations"] as? [[String: Any]])
        #expect(!entities.isEmpty && !relations.isEmpty)
        #expect(entities.count < (all["entities"] as! [Any]).count)
        #expect(entities.allSatisfy { ["municipality", "regional_council"].contains($0["kind"] as! String) })
        #expect(relations.allSatisfy { $0["type"] as? String == "member_of" })
        let ids = Set(entities.map { $0["id"] as! String })
        #expect(relations.allSatisfy { ids.contains($0["from"] as! String) && ids.contains($0["to"] as! String) })
        #expect(relations.allSatisfy { ($0["start"] as? String ?? "0000") <= "2020-12" && ($0["end"] as? String ?? "9999") >= "2020" })
    }

    @Test func singleFileFormatsWriteToStandardOutput() throws {
        let graphml = try CommandRunner.run(["export", "--format", "graphml", "--output", "-"])
        #expect(graphml.status == 0)
        #expect(graphml.stdout.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        let mermaid = try CommandRunner.run(["export", "--format", "mermaid", "--kinds", "municipality,regional_council", "--output", "-"])
        #expect(mermaid.stdout.hasPrefix("flowchart LR\n"))
        #expect(mermaid.stdout.contains("classDef municipality fill:#D4ECFA,stroke:#0072B2"))
    }

    @Test func usageErrorsExitWith64AndSayWhy() throws {
        let folderToStdout = try CommandRunner.run(["export", "--format", "csv", "--output", "-"])
        #expect(folderToStdout.status == 64)
        #expect(folderToStdout.stderr.contains("csv writes a folder (documents.csv, entities.csv, relations.csv)"))
        let unknown = try CommandRunner.run(["export", "--output", "network.ods"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("cannot tell the format from 'network.ods'"))
        let kind = try CommandRunner.run(["export", "--format", "json", "--kinds", "municipalty", "--output", "-"])
        #expect(kind.status == 64)
        #expect(kind.stderr.contains("did you mean 'municipality'"))
    }

    @Test func formatComesFromTheFileExtension() throws {
        let folder = try CommandRunner.temporaryFolder("export-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("network.gexf").path
        let output = try CommandRunner.run(["export", "--output", path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains(#"<gexf xmlns="http://gexf.net/1.3""#))
    }

    // MARK: Failures leave nothing half-written

    @Test func aFolderExportThatFailsLeavesNothingHalfWritten() throws {
        let folder = try CommandRunner.temporaryFolder("export-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("blocker")
        try Data("keep".utf8).write(to: blocker)
        for format in ["csv", "neo4j"] {
            let output = try CommandRunner.run(["export", "--format", format, "--output", blocker.appendingPathComponent("out").path])
            #expect(output.status == 1)
            #expect(output.stderr.contains("is a file, not a folder"), "\(output.stderr)")
        }
        let onFile = try CommandRunner.run(["export", "--format", "csv", "--output", blocker.path])
        #expect(onFile.status == 1)
        #expect(onFile.stderr.contains("it is a file, and csv writes a folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["blocker"])
        #expect(try Data(contentsOf: blocker) == Data("keep".utf8))

        // A folder where one of the files cannot be written: nothing else is written either.
        let target = folder.appendingPathComponent("target")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("relations.csv"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: target.appendingPathComponent("entities.csv"))
        let blocked = try CommandRunner.run(["export", "--format", "csv", "--output", target.path])
        #expect(blocked.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).sorted() == ["entities.csv", "relations.csv"])
        #expect(try Data(contentsOf: target.appendingPathComponent("entities.csv")) == Data("old".utf8))
    }

    @Test func theSpreadsheetLayoutIsNotWrittenIntoAFolderOfYAMLData() throws {
        let folder = try CommandRunner.temporaryFolder("export-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("entities: []\n".utf8).write(to: folder.appendingPathComponent("places.yaml"))
        let output = try CommandRunner.run(["export", "--format", "csv", "--output", folder.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("holds data files (places.yaml)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["places.yaml"])
    }
}

extension ExportCommandTests {
    /// A control character is refused where it stands, written raw in a cell or as a YAML
    /// escape, so no export ever holds one (they used to disagree: "nulbyte", "nul byte",
    /// "nul\u0000byte").
    @Test func aControlCharacterInTheDataIsRefusedBeforeAnyExport() throws {
        let folder = try CommandRunner.temporaryFolder("controls")
        defer { try? FileManager.default.removeItem(at: folder) }
        let spreadsheet = folder.appendingPathComponent("sheet")
        try FileManager.default.createDirectory(at: spreadsheet, withIntermediateDirectories: true)
        try Data("id,kind,name\nc1,company,nul\u{0}byte\nc2,company,B\n".utf8).write(to: spreadsheet.appendingPathComponent("entities.csv"))
        try Data("from,to,type,source\nc1,c2,partner_of,x\n".utf8).write(to: spreadsheet.appendingPathComponent("relations.csv"))
        let yaml = folder.appendingPathComponent("yaml")
        try FileManager.default.createDirectory(at: yaml, withIntermediateDirectories: true)
        try Data(#"""
            entities:
              - id: c1
                kind: company
                name: "nul\x00byte"
            """#.utf8).write(to: yaml.appendingPathComponent("a.yaml"))
        for (data, place) in [(spreadsheet, "entities.csv:2:12"), (yaml, "a.yaml:4:11")] {
            let output = try CommandRunner.run(["export", "--format", "json", "--data", data.path, "--output", "-"])
            #expect(output.status == 1)
            #expect(output.stdout.isEmpty)
            #expect(output.stderr.contains("\(place): error: "))
            #expect(output.stderr.contains("holds a control character (U+0000)"))
        }
    }
}

extension ExportCommandTests {
    @Test func excelSafeIsForTheSpreadsheetLayoutOnly() throws {
        let folder = try CommandRunner.temporaryFolder("excel-safe")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Self.writeHostileData(to: data)
        let output = folder.appendingPathComponent("til-excel")
        let run = try CommandRunner.run(["export", "--format", "csv", "--excel-safe", "--data", data.path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let entities = try String(contentsOf: output.appendingPathComponent("entities.csv"), encoding: .utf8)
        #expect(entities.contains(#""'=HYPERLINK(""http://example.org"",""x""),2""#))
        let refused = try CommandRunner.run(["export", "--format", "json", "--excel-safe", "--output", "-"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--excel-safe is for --format csv"))
    }
}
