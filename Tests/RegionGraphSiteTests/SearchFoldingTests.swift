import Foundation
import RegionGraph
@testable import RegionGraphSite
import Testing

/// The report's search folds a query in JavaScript as the command line folds names in Swift.
@Suite struct SearchFoldingTests {
    static let names = [
        "Røros kommune", "Roeros", "RØROS", "Holtålen", "Holtaalen", "Aafjord", "Åfjord", "Ørland", "Æsøy", "Bæreia",
        "Rossen tjïelte", "Hol\u{301}ta\u{30A}len", "Straße", "Đuro Ŋiŋŋa Ŧt", "İstanbul", "Ærøskøbing", "Müller-Lüdenscheidt",
        "  Fjell   regionen  ", "a,b;c–d", "Jernbaneforum Røros- og Solørbanen", "👩‍👩‍👧‍👦 🇳🇴 e\u{301}", "مرحبا بالعالم",
        "שלום", "ΑΘΗΝΑ", "Москва", "東京 2020", "Åarjelsaemien tjïelte", "Noereh", "ǅemal", "ﬁnance", "Ⅻ", "x\u{200B}y",
    ]

    /// The keys the script computes for `names`, run with `node`; `nil` when node is missing.
    static func scriptKeys(_ names: [String]) throws -> [[String]]? {
        let node = ["/usr/bin/node", "/usr/local/bin/node", "/usr/bin/nodejs"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let node else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regiongraph-fold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try ReportAssets.script.write(to: folder.appendingPathComponent("report.js"), atomically: true, encoding: .utf8)
        let input = try JSONSerialization.data(withJSONObject: names)
        try input.write(to: folder.appendingPathComponent("names.json"))
        let harness = """
            const fold = require("./report.js");
            const names = JSON.parse(require("fs").readFileSync(__dirname + "/names.json", "utf8"));
            process.stdout.write(JSON.stringify(names.map(n => [fold.matchKey(n), fold.looseKey(n)])));
            """
        try harness.write(to: folder.appendingPathComponent("harness.js"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = [folder.appendingPathComponent("harness.js").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONSerialization.jsonObject(with: data) as? [[String]]
    }

    @Test func scriptFoldsAsSwiftDoes() throws {
        guard let keys = try Self.scriptKeys(Self.names) else {
            Issue.record("node is not installed: the script's folding cannot be compared (apt-get install nodejs)")
            return
        }
        #expect(keys.count == Self.names.count)
        for (name, key) in zip(Self.names, keys) {
            #expect(key == [TextFolding.matchKey(name), TextFolding.looseKey(name)], "\(name.debugDescription)")
        }
    }

    @Test func searchDataHoldsSwiftsKeys() throws {
        let network = Network(entities: [
            Entity(id: "roros", kind: .municipality, name: "Røros kommune", shortName: "Røros", aliases: ["Rossen tjïelte"]),
        ], relations: [])
        let site = ReportSite(network: network, views: [], options: ReportOptions())
        let data = try #require(try JSONSerialization.jsonObject(with: Data(site.searchIndex().utf8)) as? [[Any]])
        #expect(data.count == 1)
        #expect(data[0][0] as? String == "entity-roros.html")
        let names = try #require(data[0][3] as? [[String]])
        #expect(names.contains(["Røros", "roros", "roros"]))
        #expect(names.contains(["Rossen tjïelte", "rossen tjielte", "rossen tjielte"]))
    }
}
