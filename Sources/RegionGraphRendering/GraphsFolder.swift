import Foundation
import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO

/// The folder of standard diagrams (`Graphs/`): a views file, `views.yaml`, and for every view
/// `NAME.dot`, `NAME.svg`, `NAME.png` and `NAME.pdf` (for a view split into pages, `NAME-1.svg`
/// and so on, one set per page), regenerated from the data by one command.
///
/// Files whose content would not change are left alone, so a rerun on the same data touches
/// nothing; a PDF counts as unchanged when only its embedded creation date differs. The changed
/// files are replaced as a whole (``FolderUpdate``): an interrupted run leaves the old files or
/// a journal that the next run finishes and `--check` reports, and temporary files that an
/// interrupted run left are removed (reported by `--check`).
///
/// ```swift
/// let folder = GraphsFolder(path: "Graphs")
/// let views = try folder.views()
/// for change in try folder.update(views: views, network: network) { print(change) }
/// ```
public struct GraphsFolder: Sendable {
    /// What happened, or would happen, to one file.
    public struct Change: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: String, Sendable, Hashable {
            /// The file was missing and is written.
            case created
            /// The file's content differed from the data and is rewritten.
            case updated
            /// The file belongs to no view any more, or is a temporary file an interrupted
            /// run left, and is removed.
            case removed
            /// The journal of an interrupted update: the update is finished.
            case finished
        }
        public var path: String
        public var kind: Kind
        public var description: String { "\(kind.rawValue) \(path)" }
    }

    public var path: String
    /// The formats written for every view.
    public var formats: [DiagramFormat]

    public init(path: String, formats: [DiagramFormat] = DiagramFormat.allCases) {
        self.path = path
        self.formats = formats.sorted()
    }

    /// The views file, `views.yaml` in the folder.
    public var viewsFile: String { (path as NSString).appendingPathComponent("views.yaml") }

    /// The standard views, in file order.
    ///
    /// - Throws: ``DatasetError`` with every problem in the views file, or when it is missing.
    public func views() throws(DatasetError) -> [DiagramView] {
        guard let data = FileManager.default.contents(atPath: viewsFile) else {
            throw DatasetError(diagnostics: [.error(
                at: FileLocation(file: viewsFile, line: 1, column: 1), "the views file is missing",
                hint: "create it with a 'views:' list; see README.md, section Diagrams")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DatasetError(diagnostics: [.error(
                at: FileLocation(file: viewsFile, line: 1, column: 1), "the views file is not UTF-8 text")])
        }
        return try ViewsFileReader.read(text, file: viewsFile).get()
    }

    /// Brings the folder up to date with `network`: renders every view in every format and
    /// writes the files whose content changed, each atomically; removes diagram files of views
    /// that no longer exist. With `dryRun`, writes nothing and only reports what is out of date.
    ///
    /// Every view is drawn before any file is written, so a view that fails to draw leaves the
    /// whole folder as it was.
    ///
    /// With a `worker`, Graphviz runs in its child process rather than in this one.
    ///
    /// - Returns: the changes, sorted by path; empty when the folder was up to date.
    /// - Throws: ``DiagramError`` or ``DiagramOutput/Failure`` for a view that cannot be drawn,
    ///   ``AtomicFile/WriteError`` when a file cannot be written.
    public func update(
        views: [DiagramView], network: Network, dryRun: Bool = false, worker: RenderWorker? = nil,
        manifest: GraphsManifest? = nil
    ) throws -> [Change] {
        // What an interrupted run left is finished (or, checking, reported) first.
        let interrupted = FolderUpdate.isInterrupted(path) ? [FolderUpdate.journal(of: path)] : []
        let leftovers = AtomicFile.leftovers(in: path)
        if !dryRun { try FolderUpdate.recover(path) }
        var planned: [(path: String, bytes: [UInt8], kind: Change.Kind)] = []
        var expected = Set<String>()
        var drawn: [(view: String, key: UInt64, files: [String])] = []
        for view in views {
            // A view whose inputs and files are as the manifest recorded is not drawn again.
            let whole = try Diagram(view: view, network: network)
            let key = GraphsManifest.key(of: view, diagram: whole, formats: formats)
            if let files = manifest?.unchangedFiles(of: view.name, key: key) {
                expected.formUnion(files)
                continue
            }
            var files: [String] = []
            defer { drawn.append((view.name, key, files)) }
            for diagram in try DiagramPagination.pages(of: whole, in: network, worker: worker) {
                for format in formats {
                    let file = self.file(of: diagram, format: format)
                    expected.insert(file)
                    files.append(file)
                    let bytes = try DiagramOutput.bytes(of: diagram, as: format, worker: worker)
                    if let existing = FileManager.default.contents(atPath: file) {
                        if Self.sameContent(Array(existing), bytes, format: format) { continue }
                        planned.append((file, bytes, .updated))
                    } else {
                        planned.append((file, bytes, .created))
                    }
                }
            }
        }
        var changes = planned.map { Change(path: $0.path, kind: $0.kind) }
        let stale = staleFiles(keeping: expected)
        changes += stale.map { Change(path: $0, kind: .removed) }
        changes += leftovers.map { Change(path: $0, kind: .removed) }
        changes += interrupted.map { Change(path: $0, kind: .finished) }
        // The views drawn are recorded once their files hold what was drawn: after writing, or
        // when checking, for the views whose files were already up to date.
        func saveManifest(drawnViewsAreWritten: Bool) {
            guard var updated = manifest else { return }
            let changed = Set(changes.map(\.path))
            for view in drawn where drawnViewsAreWritten || view.files.allSatisfy({ !changed.contains($0) }) {
                updated.record(view.view, key: view.key, files: view.files)
            }
            updated.keep(only: Set(views.map(\.name)))
            updated.save()
        }
        guard !dryRun else {
            saveManifest(drawnViewsAreWritten: false)
            return changes.sorted { $0.path < $1.path }
        }
        if !planned.isEmpty {
            try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        // All files replaced as a whole: an interruption leaves the old folder or a journal
        // that the next run finishes.
        var update = FolderUpdate(folder: path)
        do {
            for file in planned { try update.write(file.bytes, to: (file.path as NSString).lastPathComponent) }
        } catch {
            update.discard()
            throw error
        }
        for file in stale { update.remove((file as NSString).lastPathComponent) }
        try update.commit()
        saveManifest(drawnViewsAreWritten: true)
        return changes.sorted { $0.path < $1.path }
    }

    /// The file a diagram (a view, or one page of a split view) is written to in `format`:
    /// `NAME.svg`, or `NAME-1.svg`, `NAME-2.svg` … for the pages of a split view.
    public func file(of diagram: Diagram, format: DiagramFormat) -> String {
        let name = diagram.page?.fileName(of: diagram.view.name) ?? diagram.view.name
        return (path as NSString).appendingPathComponent("\(name).\(format.rawValue)")
    }

    /// Diagram files in the folder that no view produces.
    func staleFiles(keeping expected: Set<String>) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { name in
            guard let format = DiagramFormat(fileExtensionOf: name) else { return false }
            return formats.contains(format) && !name.hasPrefix(".")
        }
        .map { (path as NSString).appendingPathComponent($0) }
        .filter { !expected.contains($0) }
        .sorted()
    }

    /// Whether two renders hold the same diagram: equal bytes, or for PDF equal apart from the
    /// creation date cairo embeds.
    static func sameContent(_ old: [UInt8], _ new: [UInt8], format: DiagramFormat) -> Bool {
        if old == new { return true }
        guard format == .pdf, old.count == new.count else { return false }
        return withoutCreationDate(old) == withoutCreationDate(new)
    }

    /// PDF bytes with the value of `/CreationDate (…)` blanked out.
    static func withoutCreationDate(_ bytes: [UInt8]) -> [UInt8] {
        let key = Array("/CreationDate (".utf8)
        var result = bytes
        var index = 0
        while index + key.count <= result.count {
            if result[index..<(index + key.count)].elementsEqual(key) {
                var end = index + key.count
                while end < result.count, result[end] != UInt8(ascii: ")") {
                    result[end] = UInt8(ascii: "0")
                    end += 1
                }
                index = end
            } else {
                index += 1
            }
        }
        return result
    }
}
