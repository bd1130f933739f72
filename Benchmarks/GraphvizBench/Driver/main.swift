// regiongraph-render-bench: renders DOT through RegionGraphviz, for timing
// (scripts/bench-graphviz), leak checks (scripts/leak-check) and the cross-process determinism
// tests. Not a user-facing tool.
//
//   regiongraph-render-bench [--layout dot] [--format svg] [--repeat N] [--warmup N]
//                            [--out FILE | --stdout] [--time] [--version] [--print-dot]
//                            [FILE ...]
//
// With no FILE it renders a built-in clustered graph (Norwegian and South Sami labels, an
// HTML-like label). Each FILE is rendered N times (default 1), in the order given, N rounds.
// --time prints one line, "renders=<count> total_ms=<ms> per_render_ms=<ms> cpu_per_render_ms=<ms>"
// (wall clock, and the process's CPU time; warm-up renders are not timed). --out and --stdout write the last render's bytes. A failed render prints
// "regiongraph-render-bench: <error>" on standard error and exits with status 2.
// --print-dot prints the built-in graph's DOT text and exits.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import RegionGraphviz

let builtinDOT = """
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

struct Options {
    var layout = GraphvizLayout.dot
    var format = GraphvizFormat.svg
    var repeatCount = 1
    var warmup = 0
    var outPath: String?
    var toStdout = false
    var timing = false
    var paths: [String] = []
}

/// Writes all of `bytes` to the file descriptor.
func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written <= 0 { exit(3) }
            offset += written
        }
    }
}

func fail(_ text: String) -> Never {
    writeAll(Array("regiongraph-render-bench: \(text)\n".utf8), to: 2)
    exit(2)
}

func readFile(_ path: String) -> String {
    guard let file = fopen(path, "rb") else { fail("cannot open \(path)") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while case let count = fread(&chunk, 1, chunk.count, file), count > 0 {
        bytes.append(contentsOf: chunk[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
}

func parse(_ arguments: [String]) -> Options {
    var options = Options()
    var rest = arguments.makeIterator()
    while let argument = rest.next() {
        func value() -> String {
            guard let value = rest.next() else { fail("\(argument) needs a value") }
            return value
        }
        func count() -> Int {
            let text = value()
            guard let number = Int(text), number >= 0 else { fail("\(argument) needs a count, not \(text)") }
            return number
        }
        switch argument {
        case "--layout":
            let name = value()
            guard let layout = GraphvizLayout(rawValue: name) else { fail("unknown layout \(name)") }
            options.layout = layout
        case "--format":
            let name = value()
            guard let format = GraphvizFormat(rawValue: name) else { fail("unknown format \(name)") }
            options.format = format
        case "--repeat": options.repeatCount = count()
        case "--warmup": options.warmup = count()
        case "--out": options.outPath = value()
        case "--stdout": options.toStdout = true
        case "--time": options.timing = true
        case "--print-dot":
            writeAll(Array(builtinDOT.utf8) + [10], to: 1)
            exit(0)
        case "--version":
            print("Graphviz \(Graphviz.version)")
            exit(0)
        default:
            if argument.hasPrefix("--") { fail("unknown option \(argument)") }
            options.paths.append(argument)
        }
    }
    return options
}

/// Renders every input `rounds` times; the number of renders and the last one's bytes.
func render(_ inputs: [String], _ options: Options, rounds: Int) -> (count: Int, last: [UInt8]) {
    var last: [UInt8] = []
    var count = 0
    for _ in 0..<rounds {
        for dot in inputs {
            do {
                last = try Graphviz.render(dot: dot, layout: options.layout, format: options.format)
            } catch {
                fail(error.description)
            }
            count += 1
        }
    }
    return (count, last)
}

/// CPU time used by the process so far (all threads), in milliseconds.
func cpuMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
}

/// `value` with three decimals, without Foundation.
func decimal3(_ value: Double) -> String {
    let scaled = Int((value * 1000).rounded())
    let fraction = String(scaled % 1000)
    return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}

func main() {
    let options = parse(Array(CommandLine.arguments.dropFirst()))
    let inputs = options.paths.isEmpty ? [builtinDOT] : options.paths.map(readFile)
    _ = render(inputs, options, rounds: options.warmup)
    var result: (count: Int, last: [UInt8]) = (0, [])
    let cpuBefore = cpuMilliseconds()
    let elapsed = ContinuousClock().measure {
        result = render(inputs, options, rounds: options.repeatCount)
    }
    let cpu = cpuMilliseconds() - cpuBefore
    if options.timing {
        let ms = Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
        let count = Double(max(result.count, 1))
        let line = "renders=\(result.count) total_ms=\(decimal3(ms)) per_render_ms=\(decimal3(ms / count))"
            + " cpu_per_render_ms=\(decimal3(cpu / count))\n"
        writeAll(Array(line.utf8), to: 1)
    }
    if let path = options.outPath {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { fail("cannot write \(path)") }
        writeAll(result.last, to: descriptor)
        close(descriptor)
    }
    if options.toStdout { writeAll(result.last, to: 1) }
}

main()
