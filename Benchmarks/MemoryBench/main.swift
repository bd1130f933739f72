// regiongraph-memory-bench: how the memory of a long-running process develops over many
// renders, with Graphviz in the process or in a RenderWorker's recycled child
// (scripts/memory-steady). Not a user-facing tool.
//
//   regiongraph-memory-bench [--worker N] [--layout dot] [--format svg] [--renders N]
//                            [--every K] FILE.dot
//
// Prints one line every K renders (default 100):
//   renders=<n> parent_rss_kb=<kB> child_peak_rss_kb=<kB> children=<started>
// where the child's figure is the largest resident set any child had in those K renders, and
// the child columns are 0 without --worker. With --worker N, every render goes to a child
// process of this same executable (started with --serve-worker), replaced after N layouts.
import Foundation
import RegionGraphIO
import RegionGraphRendering
import RegionGraphviz

func fail(_ text: String) -> Never {
    FileHandle.standardError.write(Data("regiongraph-memory-bench: \(text)\n".utf8))
    exit(2)
}

/// The resident set of process `pid` in kB, from /proc (0 when it cannot be read).
func residentKilobytes(of pid: Int32?) -> Int {
    guard let pid, let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments == ["--serve-worker"] { exit(RenderWorker.serve()) }

var layoutsPerWorker: Int?
var layout = GraphvizLayout.dot
var format = GraphvizFormat.svg
var renders = 1_000
var every = 100
var path: String?
var rest = arguments.makeIterator()
while let argument = rest.next() {
    func value() -> String {
        guard let value = rest.next() else { fail("\(argument) needs a value") }
        return value
    }
    func count() -> Int {
        let text = value()
        guard let number = Int(text), number > 0 else { fail("\(argument) needs a positive count, not \(text)") }
        return number
    }
    switch argument {
    case "--worker": layoutsPerWorker = count()
    case "--layout":
        let name = value()
        guard let engine = GraphvizLayout(rawValue: name) else { fail("unknown layout \(name)") }
        layout = engine
    case "--format":
        let name = value()
        guard let chosen = GraphvizFormat(rawValue: name) else { fail("unknown format \(name)") }
        format = chosen
    case "--renders": renders = count()
    case "--every": every = count()
    default:
        if argument.hasPrefix("--") { fail("unknown option \(argument)") }
        path = argument
    }
}
guard let path, let dot = try? String(contentsOfFile: path, encoding: .utf8) else {
    fail("name a readable DOT file")
}

let worker = layoutsPerWorker.map {
    RenderWorker(executable: RunningExecutable.path, arguments: ["--serve-worker"], layoutsPerProcess: $0)
}
let me = ProcessInfo.processInfo.processIdentifier
var childPeak = 0
for done in 1...renders {
    // The child as it is before this render: the largest it gets before being replaced.
    if let pid = worker?.childProcessIdentifier { childPeak = max(childPeak, residentKilobytes(of: pid)) }
    do {
        if let worker {
            _ = try worker.render(dot: dot, layout: layout, format: format)
        } else {
            _ = try Graphviz.render(dot: dot, layout: layout, format: format)
        }
    } catch {
        fail("\(error)")
    }
    if done % every == 0 {
        let line = "renders=\(done) parent_rss_kb=\(residentKilobytes(of: me)) child_peak_rss_kb=\(childPeak)"
            + " children=\(worker?.processesStarted ?? 0)\n"
        FileHandle.standardOutput.write(Data(line.utf8))
        childPeak = 0
    }
}
worker?.retire()
