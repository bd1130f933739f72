import Foundation
import RegionGraph
import RegionGraphIO

/// regiongraph-bench --data DIR --queries FILE --out DIR
///
/// Loads a dataset folder through `DatasetLoader` (the loader the `regiongraph` tool uses), then
/// runs the phases of the scale benchmark, printing one JSON line per phase on standard output:
///
///     {"impl":"regiongraph","version":"0.1.0","phase":"load","seconds":0.123}
///
/// and writing `answers.txt`, `projection.csv` and `degrees.csv` into the output folder. The
/// same outputs come from `scripts/bench_peers.py` (igraph, networkx), byte for byte.
///
/// With `--export FORMAT` it loads, then exports the network through `Exporter.export` (the
/// streaming path `regiongraph export` takes) into the output folder, and stops: phases
/// `load`, `export-FORMAT`, `total`, each run in a process of its own so that its peak memory
/// is the export's. `--load-only` loads and stops, the peak to compare an export's with.
let usage = """
    usage: regiongraph-bench --data DIR --queries FILE --out DIR [--progress auto|always|never] [--cpu]
           regiongraph-bench --data DIR --out DIR --export FORMAT|--load-only [--progress …] [--cpu]

    Phases (one JSON line each on stdout): load, queries, projection, degree, total.
    Writes answers.txt, projection.csv and degrees.csv into --out.
    With --export (graphml, gexf, json, popolo, csv, neo4j, mermaid, xlsx): load, export-FORMAT,
    total; writes network.EXTENSION (a folder FORMAT for csv and neo4j) into --out.
    With --load-only: load, total.
    """

let version = "0.1.0"

struct Options {
    var data = ""
    var queries = ""
    var out = ""
    var progress = "auto"
    /// Also print each phase's processor time (`"cpu_seconds"`), for measuring on a busy machine.
    var cpu = false
    /// The format to export in, instead of the query phases.
    var export: ExportFormat?
    /// Load, and nothing else.
    var loadOnly = false

    init(_ arguments: [String]) throws(BenchError) {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            if flag == "-h" || flag == "--help" {
                print(usage)
                exit(0)
            }
            if flag == "--cpu" {
                cpu = true
                continue
            }
            if flag == "--load-only" {
                loadOnly = true
                continue
            }
            guard let value = rest.popFirst() else { throw .usage("\(flag) needs a value\n\(usage)") }
            switch flag {
            case "--data": data = value
            case "--queries": queries = value
            case "--out": out = value
            case "--export":
                guard let format = ExportFormat(rawValue: value) else {
                    throw .usage("--export takes \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))\n\(usage)")
                }
                export = format
            case "--progress":
                guard ["auto", "always", "never"].contains(value) else {
                    throw .usage("--progress takes auto, always or never\n\(usage)")
                }
                progress = value
            default: throw .usage("unknown option '\(flag)'\n\(usage)")
            }
        }
        let onlyLoading = export != nil || loadOnly
        guard !data.isEmpty, !out.isEmpty, onlyLoading || !queries.isEmpty else { throw .usage(usage) }
    }
}

func now() -> Double { Syscalls.monotonicSeconds() }

func processorTime() -> Double { Syscalls.processorSeconds() }

nonisolated(unsafe) var showProcessorTime = false
nonisolated(unsafe) var processorMark = 0.0
nonisolated(unsafe) var processorStart = 0.0

func peakRSSMegabytes() -> Double { Syscalls.peakResidentMegabytes() }

func report(_ phase: String, _ seconds: Double, extra: String = "") {
    var extra = extra
    if showProcessorTime {
        let time = processorTime()
        let cpu = phase == "total" ? time - processorStart : time - processorMark
        processorMark = time
        extra += #","cpu_seconds":\#(String(format: "%.4f", cpu))"#
    }
    let line = #"{"impl":"regiongraph","version":"\#(version)","phase":"\#(phase)","seconds":\#(String(format: "%.4f", seconds))\#(extra)}"# + "\n"
    FileHandle.standardOutput.write(Data(line.utf8))
}

func run() throws(BenchError) {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    try? FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
    showProcessorTime = options.cpu
    processorStart = processorTime()
    processorMark = processorStart
    let start = now()

    // load
    let network: Network
    do {
        let progress: ((DatasetLoader.Progress) -> Void)?
        switch options.progress {
        case "always":
            progress = ProgressReporter(label: "regiongraph-bench") { text in
                FileHandle.standardError.write(Data(text.utf8))
            }.update
        case "never": progress = nil
        default: progress = ProgressReporter.terminal(label: "regiongraph-bench")
        }
        let validation = try DatasetLoader.load(from: options.data, progress: progress)
        guard let loaded = validation.network else {
            let errors = validation.errors
            for diagnostic in errors.prefix(20) { FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8)) }
            throw BenchError.invalidData("\(options.data) has \(errors.count) errors")
        }
        network = loaded
    } catch let error as DatasetLoader.LoadError {
        throw .invalidData(error.description)
    } catch let error as BenchError {
        throw error
    } catch {
        throw .invalidData("\(error)")
    }
    var mark = now()
    // What the loaded network holds, for the bytes per relation: the process now, less what an
    // empty one holds (scripts/bench measures that floor).
    let resident = Syscalls.residentMegabytes().map { #","rss_mb":\#(String(format: "%.1f", $0))"# } ?? ""
    let loadPeak = #","peak_rss_mb":\#(String(format: "%.1f", peakRSSMegabytes()))"#
    report("load", mark - start, extra: resident + loadPeak + #","relations":\#(network.relationCount)"#)

    if options.loadOnly || options.export != nil {
        if let format = options.export {
            let path = options.out + "/" + (format.writesFolder ? format.rawValue : "network." + (format.fileExtension ?? format.rawValue))
            do {
                let written = try Exporter.export(network, as: format, to: path)
                let bytes = written.reduce(0) { $0 + $1.byteCount }
                let next = now()
                report("export-" + format.rawValue, next - mark, extra: #","bytes":\#(bytes)"#)
                mark = next
            } catch {
                throw .invalidData("export: \(error.description)")
            }
        }
        report("total", mark - start, extra: #","peak_rss_mb":\#(String(format: "%.1f", peakRSSMegabytes()))"#)
        exit(0)
    }

    // queries
    guard let queryData = FileManager.default.contents(atPath: options.queries) else {
        throw .cannotRead(options.queries)
    }
    try BenchPhases.answer(
        Array(queryData), in: network, to: options.out + "/answers.txt")
    var next = now()
    report("queries", next - mark)
    mark = next

    // projection
    try BenchPhases.writeProjection(of: network, to: options.out + "/projection.csv")
    next = now()
    report("projection", next - mark)
    mark = next

    // degree
    try BenchPhases.writeDegrees(of: network, to: options.out + "/degrees.csv")
    next = now()
    report("degree", next - mark)

    report("total", next - start, extra: #","peak_rss_mb":\#(String(format: "%.1f", peakRSSMegabytes()))"#)
    // Leave without taking the network apart: the process ends anyway.
    exit(0)
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("regiongraph-bench: error: \(error.description)\n".utf8))
    exit(error.isUsage ? 64 : 1)
}

extension BenchError {
    var isUsage: Bool { if case .usage = self { true } else { false } }
}
