import Foundation

/// DOT texts the Graphviz tests render.
enum Fixtures {
    /// Three clusters, Norwegian and South Sami text, an HTML-like label, edge labels: the
    /// kind of graph RegionGraph draws, and one that cgraph's default ID discipline lays out
    /// differently from render to render.
    static let clustered = """
        digraph "Fjellregionen" {
            graph [rankdir=LR, fontname="DejaVu Sans", label="Regionalt samarbeid"];
            node [shape=box, style="rounded,filled", fillcolor="#eef3f8", fontname="DejaVu Sans"];
            edge [fontname="DejaVu Sans", fontsize=10];
            subgraph cluster_roros {
                label="Røros kommune";
                roros [label="Røros"];
                brekken [label="Brekken"];
                glamos [label="Glåmos"];
            }
            subgraph cluster_holtalen {
                label="Holtålen";
                alen [label="Ålen"];
                haltdalen [label="Haltdalen"];
            }
            subgraph cluster_sor {
                label="Rossen tjïelte";
                snasa [label="Snåasen"];
                tydal [label=<<b>Tydal</b> <i>kommune</i>>];
            }
            roros -> alen [label="vei 30"];
            roros -> brekken; roros -> glamos;
            alen -> haltdalen;
            glamos -> tydal [label="samarbeid"];
            brekken -> snasa [style=dashed];
            haltdalen -> tydal;
            roros -> tydal [constraint=false];
        }
        """

    /// A small graph every layout engine handles.
    static let small = """
        graph {
            node [shape=box];
            "Røros" -- "Holtålen" -- "Midtre Gauldal" -- "Røros";
            "Holtålen" -- "Tydal";
        }
        """

    /// Writes `text` to a file in the temporary folder and returns its path. Tests run in
    /// parallel: give each its own `name`.
    static func file(_ text: String, named name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("regiongraphviz-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url, options: .atomic)
        return url
    }
}

/// Runs `regiongraph-render-bench`, built beside the test bundle, in a process of its own.
enum RenderDriver {
    struct Output {
        var status: Int32
        /// What the driver rendered last (empty when it failed).
        var bytes: [UInt8]
        var stderr: String
    }

    static var binary: URL {
        Bundle.main.bundleURL.appendingPathComponent("regiongraph-render-bench")
    }

    /// Renders `input` (a DOT file) `repeat` times in a new process, with `arguments` added.
    static func render(_ input: URL, repeat count: Int = 1, _ arguments: [String] = []) throws -> Output {
        let output = input.deletingPathExtension()
            .appendingPathExtension("\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments + ["--repeat", String(count), "--out", output.path, input.path]
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let bytes = (try? Data(contentsOf: output)).map { [UInt8]($0) } ?? []
        return Output(
            status: process.terminationStatus, bytes: bytes,
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
