import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO
import RegionGraphviz

/// What `regiongraph graphs` last wrote into a diagrams folder, kept beside the records cache
/// (never in the folder itself): for each view, the hash of everything its files are made
/// from, and each file's path and content hash.
///
/// A view whose inputs hash the same and whose files are all there with the same bytes is not
/// laid out again: an unchanged folder is checked in milliseconds, and a file changed or
/// deleted by hand is still caught (its hash differs, so the view is drawn and compared).
///
/// The inputs of a view: its definition, its whole diagram as DOT (which holds every fact it
/// draws), the formats, and the program that draws it — the running executable (path, size,
/// modification time) and the Graphviz version — so a new build or a new Graphviz draws
/// everything once.
///
/// ```swift
/// let manifest = GraphsManifest.standard(for: "Graphs")     // nil with REGIONGRAPH_CACHE=off
/// let changes = try folder.update(views: views, network: network, manifest: manifest)   // saves it
/// ```
public struct GraphsManifest: Sendable {
    /// One view's record: the hash of its inputs and its files' content hashes.
    struct Entry: Equatable, Sendable {
        var key: UInt64
        var files: [(path: String, hash: UInt64)]

        static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.key == rhs.key && lhs.files.elementsEqual(rhs.files) { $0.path == $1.path && $0.hash == $1.hash }
        }
    }

    static let format = "regiongraph-graphs-manifest 1"

    /// Where the manifest is stored.
    public let path: String
    /// The program that draws: a change draws everything again.
    let identity: String
    private(set) var entries: [String: Entry] = [:]

    /// The manifest stored at `path` for a program of `identity`; empty when there is none, it
    /// is damaged, or it was written by another program.
    public init(path: String, identity: String) {
        self.path = path
        self.identity = identity
        guard let data = FileManager.default.contents(atPath: path) else { return }
        entries = Self.parse(String(decoding: data, as: UTF8.self), identity: identity) ?? [:]
    }

    /// The manifest of the diagrams folder `folder` in the records cache's folder, for the
    /// running program; `nil` when caching is off (`REGIONGRAPH_CACHE=off`).
    public static func standard(
        for folder: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> GraphsManifest? {
        guard let cache = RecordsCache.standard(environment: environment) else { return nil }
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
        let name = String(RecordsCache.hash(Array(absolute.utf8)), radix: 16)
        return GraphsManifest(
            path: cache.directory + "/" + name + ".graphs",
            identity: cache.identity + " graphviz " + Graphviz.version)
    }

    /// The hash of everything `view`'s files are made from (see the type's description).
    static func key(of view: DiagramView, diagram: Diagram, formats: [DiagramFormat]) -> UInt64 {
        let definition = [
            view.name, view.title, String(describing: view.scope),
            view.kinds.map { $0.map(\.rawValue).sorted().joined(separator: ",") } ?? "*",
            view.relations.map { $0.map(\.rawValue).sorted().joined(separator: ",") } ?? "*",
            view.layout.rawValue, view.date?.description ?? "", view.page?.rawValue ?? "", view.split?.rawValue ?? "",
            formats.map(\.rawValue).joined(separator: ","),
        ].joined(separator: "\n")
        return RecordsCache.hash(Array((definition + "\n" + diagram.dotText).utf8))
    }

    /// The files of `view` when it was drawn from inputs hashing to `key` and they are all still
    /// there with the bytes recorded; `nil` when the view must be drawn.
    func unchangedFiles(of view: String, key: UInt64) -> [String]? {
        guard let entry = entries[view], entry.key == key else { return nil }
        for file in entry.files {
            guard let data = FileManager.default.contents(atPath: file.path),
                  RecordsCache.hash(Array(data)) == file.hash
            else { return nil }
        }
        return entry.files.map(\.path)
    }

    /// Records that `view`, drawn from inputs hashing to `key`, is the files at `paths` as they
    /// now are.
    mutating func record(_ view: String, key: UInt64, files paths: [String]) {
        let files = paths.sorted().compactMap { path in
            FileManager.default.contents(atPath: path).map { (path, RecordsCache.hash(Array($0))) }
        }
        guard files.count == paths.count else { entries[view] = nil; return }
        entries[view] = Entry(key: key, files: files)
    }

    /// Keeps only the views named in `views`.
    mutating func keep(only views: Set<String>) {
        entries = entries.filter { views.contains($0.key) }
    }

    /// Writes the manifest (atomically); a failure only means the next run draws again.
    func save() {
        var lines = [Self.format, "identity " + identity]
        for view in entries.keys.sorted() {
            let entry = entries[view]!
            lines.append("view \(entry.key) \(view)")
            for file in entry.files { lines.append("file \(file.hash) \(file.path)") }
        }
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? AtomicFile.write(Array((lines.joined(separator: "\n") + "\n").utf8), to: path)
    }

    /// The entries of a manifest's text, or `nil` when it is not one of `identity`.
    static func parse(_ text: String, identity: String) -> [String: Entry]? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        guard lines.next() == Substring(format), lines.next() == Substring("identity " + identity) else { return nil }
        var entries: [String: Entry] = [:]
        var current: String?
        while let line = lines.next() {
            if line.isEmpty { continue }
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let number = UInt64(parts[1]) else { return nil }
            switch parts[0] {
            case "view":
                current = String(parts[2])
                entries[current!] = Entry(key: number, files: [])
            case "file":
                guard let view = current else { return nil }
                entries[view]!.files.append((String(parts[2]), number))
            default:
                return nil
            }
        }
        return entries
    }
}
