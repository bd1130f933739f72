import Dispatch
import Foundation
import RegionGraph

/// Loads a dataset folder: every `*.yaml` file in it and, when present, the spreadsheet files
/// `documents.csv`, `entities.csv` and `relations.csv`, or one Excel workbook (`*.xlsx`) with
/// those tables as sheets. A workbook may also be loaded by itself: pass its path instead of
/// a folder's.
///
/// A folder's spreadsheet data comes from one place: CSV files, or one workbook. A folder that
/// holds both, or two workbooks, is refused (``LoadError/mixedSpreadsheets(_:workbooks:csvFiles:)``):
/// read together they would most likely state the same facts twice. Excel's lock files
/// (`~$Nettverk.xlsx`, there while the workbook is open) are not workbooks and are left out.
///
/// ```swift
/// let validation = try DatasetLoader.load(from: "Data")
/// for problem in validation.diagnostics { print(problem) }
/// let network = try validation.get()
/// ```
public enum DatasetLoader {
    /// Why a folder could not be read at all (as opposed to problems in its data).
    public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
        case missingFolder(String)
        case notAFolder(String)
        case noDataFiles(String)
        case unreadable(String, reason: String)
        /// A folder with the spreadsheet layout twice: CSV files and a workbook, or several
        /// workbooks.
        case mixedSpreadsheets(String, workbooks: [String], csvFiles: [String])

        public var description: String {
            switch self {
            case .missingFolder(let path):
                DatasetLoader.isWorkbook(path)
                    ? "workbook '\(path)' does not exist"
                    : "data folder '\(path)' does not exist; pass --data DIR, or run from the folder that holds Data/"
            case .notAFolder(let path):
                "'\(path)' is neither a folder nor a workbook (.xlsx); --data takes the folder that holds the data files, or a workbook"
            case .noDataFiles(let path):
                "'\(path)' holds no data files (*.yaml, entities.csv and relations.csv, or a workbook *.xlsx)"
            case .unreadable(let path, let reason):
                "cannot read '\(path)': \(reason)"
            case .mixedSpreadsheets(let path, let workbooks, let csvFiles):
                "'\(path)' holds " + (csvFiles.isEmpty
                    ? "\(workbooks.count) workbooks (\(workbooks.joined(separator: ", ")))"
                    : "both a workbook (\(workbooks.joined(separator: ", "))) and CSV files (\(csvFiles.joined(separator: ", ")))")
                    + ", which would be read together; keep one of them in the folder, or name a workbook with --data "
                    + DatasetLoader.join(path, workbooks[0])
            }
        }
    }

    /// The data files of a folder, in the order they are read: YAML files by name (`.yaml` or
    /// `.yml`, in any case), then `documents.csv`, `entities.csv` and `relations.csv`, or the
    /// workbook. Names that are not regular files (a folder, a FIFO, a device, a broken link)
    /// are left out. For a workbook's path, the workbook.
    public static func dataFiles(in folder: String) throws(LoadError) -> [String] {
        try candidateFiles(in: folder).filter { skipReason(of: $0) == nil }
    }

    /// Why a data file's name is skipped, `nil` when it is a regular file to read.
    static func skipReason(of path: String) -> String? {
        let (kind, problem) = Syscalls.kindFollowingLinks(of: path)
        switch kind {
        case .regularFile: return nil
        case .folder: return "it is a folder"
        case .missing: return "it cannot be opened: \(problem ?? "it does not exist")"
        case .special, .symbolicLink: return "it is \(problem ?? "not a regular file")"
        }
    }

    /// An error when an update of `folder` (an export into it) was interrupted: its files are
    /// then part old, part new, and read together they would pass for a whole dataset.
    static func interruptedUpdateErrors(in folder: String) -> [Diagnostic] {
        guard FolderUpdate.isInterrupted(folder) else { return [] }
        return [.error(
            at: FileLocation(file: FolderUpdate.journal(of: folder), line: 1, column: 1),
            "an export into '\(folder)' was interrupted: its files are part old, part new",
            hint: "run the same export again to finish it, or export into a new folder")]
    }

    /// Warnings for the names in `folder` that look like data files but are skipped.
    static func skippedFileWarnings(in folder: String) -> [Diagnostic] {
        ((try? candidateFiles(in: folder)) ?? []).compactMap { path in
            skipReason(of: path).map { reason in
                .warning(at: FileLocation(file: path, line: 1, column: 1), "'\(fileName(path))' is skipped: \(reason)",
                         hint: "data files must be regular files")
            }
        }
    }

    /// Whether `path` names a workbook: `*.xlsx` in any case, but not Excel's lock file
    /// (`~$…`) or a hidden file.
    public static func isWorkbook(_ path: String) -> Bool {
        let name = fileName(path)
        return name.lowercased().hasSuffix(".xlsx") && !name.hasPrefix("~$") && !name.hasPrefix(".")
    }

    /// Every name in `folder` that looks like a data file, whatever it is; `folder` itself
    /// when it is a workbook.
    private static func candidateFiles(in folder: String) throws(LoadError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw .missingFolder(folder)
        }
        if !isDirectory.boolValue, isWorkbook(folder) { return [folder] }
        guard isDirectory.boolValue else { throw .notAFolder(folder) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadable(folder, reason: error.localizedDescription)
        }
        let yaml = names.filter { $0.lowercased().hasSuffix(".yaml") || $0.lowercased().hasSuffix(".yml") }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        let spreadsheet = ["documents.csv", "entities.csv", "relations.csv"].filter(names.contains)
        let workbooks = names.filter(isWorkbook).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        if workbooks.count > 1 || (!workbooks.isEmpty && !spreadsheet.isEmpty) {
            throw .mixedSpreadsheets(folder, workbooks: workbooks, csvFiles: spreadsheet)
        }
        let files = (yaml + spreadsheet + workbooks).map { join(folder, $0) }
        guard files.contains(where: { skipReason(of: $0) == nil }) else { throw .noDataFiles(folder) }
        return files
    }

    /// Reads every data file of `folder` into records, without checking the facts.
    public static func records(from folder: String) throws(LoadError) -> DatasetRecords {
        var records = DatasetRecords()
        let files = try dataFiles(in: folder)
        for part in try read(files) { records.append(contentsOf: part) }
        warnAboutAMissingHalf(of: files, in: folder, into: &records.diagnostics)
        records.diagnostics += skippedFileWarnings(in: folder) + interruptedUpdateErrors(in: folder)
        return records
    }

    /// Reads and checks every data file of `folder`.
    ///
    /// - Throws: ``LoadError`` when the folder cannot be read at all; problems in the data are
    ///   in the returned validation's diagnostics.
    public static func load(from folder: String) throws(LoadError) -> DatasetValidation {
        try load(from: folder, progress: nil)
    }

    /// Reads and checks every data file of `folder`, telling `progress` how far it has come.
    ///
    /// The result is the same as ``load(from:)``'s. A spreadsheet's `relations.csv` is read
    /// row by row straight into the network (its rows are not kept as records), and `progress`
    /// hears of it about once per megabyte; other files are reported as they are read. Pass
    /// ``ProgressReporter/terminal(label:)`` to draw a progress bar on a terminal.
    ///
    /// ```swift
    /// let validation = try DatasetLoader.load(from: "net", progress: ProgressReporter.terminal())
    /// ```
    ///
    /// - Throws: ``LoadError`` when the folder cannot be read at all.
    /// - Complexity: O(*b* + *n* log *n* + *m*) for *b* bytes of data, *n* entities and *m*
    ///   relations.
    ///
    /// With a `cache`, the checked network of files read before is taken from its snapshot
    /// when none of the files changed, with the same diagnostics; otherwise the records of
    /// files read before are taken from it (folders up to ``RecordsCache/largestInput``), the
    /// facts are checked, and a new snapshot is kept (see ``RecordsCache``).
    public static func load(
        from folder: String, progress: ((Progress) -> Void)?, cache: RecordsCache? = nil
    ) throws(LoadError) -> DatasetValidation {
        // A large network is decoded or parsed on two threads. A processor left idle can take
        // milliseconds to wake, so the second is woken now, while the files are looked at.
        DispatchQueue.global().async {}
        let files = try dataFiles(in: folder)
        let folderProblems = skippedFileWarnings(in: folder) + interruptedUpdateErrors(in: folder)
        guard let cache else {
            return try load(files, of: folder, folderProblems: folderProblems, progress: progress, cache: nil).validation
        }
        // Unchanged files are most often not read at all (the memo vouches for them); those
        // written too recently for that are hashed a piece at a time, never held whole.
        let known = cache.knownFiles(files, folder: folder)
        if let known, let fingerprints = known.fingerprints,
            let validation = cache.snapshot(folder: folder, key: cache.snapshotKey(files: fingerprints, folderProblems: folderProblems))
        {
            if known.hashed { cache.storeMemo(known.memo, folder: folder) }
            return validation
        }
        let (validation, parsed) = try load(
            files, of: folder, folderProblems: folderProblems, progress: progress, cache: cache)
        cache.storeSnapshot(
            validation, folder: folder, key: cache.snapshotKey(files: parsed, folderProblems: folderProblems))
        if let known { cache.storeMemo(known.memo(parsed: parsed), folder: folder) }
        return validation
    }

    /// Reads and checks the data files `files` of `folder`; with a `cache`, also gives the
    /// fingerprints of the bytes read, for the snapshot's key.
    private static func load(
        _ files: [String], of folder: String, folderProblems: [Diagnostic], progress: ((Progress) -> Void)?,
        cache: RecordsCache?
    ) throws(LoadError) -> (validation: DatasetValidation, fingerprints: [RecordsCache.FileFingerprint]) {
        var fingerprints: [RecordsCache.FileFingerprint] = []
        var status = Progress(stage: .reading, file: nil, bytesRead: 0, totalBytes: 0)
        if progress != nil {
            status.totalBytes = files.reduce(0) { total, path in
                total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            }
        }
        var records = DatasetRecords()
        let spreadsheetRelations = files.last { fileName($0) == "relations.csv" }
        let survey = spreadsheetRelations.map { surveyInBackground($0, hashing: cache != nil) }
        // A spreadsheet's `entities.csv` comes last of the other files; it is read on its own,
        // as a table of plain rows when it is one.
        let spreadsheetEntities = files.last { fileName($0) == "entities.csv" }
        let others = files.filter { fileName($0) != "relations.csv" && fileName($0) != "entities.csv" }
        if let first = others.first ?? spreadsheetEntities {
            status.file = first
            progress?(status)
        }
        // The parts are let go once appended: their records must not outlive the builder's.
        for part in try read(
            others, bytesRead: { status.bytesRead += $0 }, cache: cache, folder: folder,
            fingerprints: cache == nil ? nil : { fingerprints.append($0) })
        {
            records.append(contentsOf: part)
        }
        var plainEntities: PlainEntityTable?
        if let path = spreadsheetEntities {
            let read = try readSpreadsheetEntities(at: path, hashing: cache != nil)
            status.bytesRead += read.fingerprint.size
            if cache != nil { fingerprints.append(read.fingerprint) }
            switch read.entities {
            case .table(let table): plainEntities = table
            case .records(let part): records.append(contentsOf: part)
            }
        }
        warnAboutAMissingHalf(of: files, in: folder, into: &records.diagnostics)
        records.diagnostics += folderProblems
        // The rows of `relations.csv` start to be read now, while the builder checks the
        // entities, when those are a plain table that is the only one.
        let early = plainEntities.flatMap { table in
            records.entities.isEmpty ? spreadsheetRelations.map { EarlyRelations(path: $0, survey: survey, table: table) } : nil
        }
        var builder =
            if let plainEntities {
                NetworkBuilder(records: records, plainEntities: plainEntities)
            } else {
                NetworkBuilder(records: records)
            }
        records = DatasetRecords()
        plainEntities = nil
        if let path = spreadsheetRelations {
            status.file = path
            progress?(status)
            let before = status.bytesRead
            let report = progress.map { report in
                { (read: Int) in
                    status.bytesRead = before + read
                    report(status)
                }
            }
            let fingerprint =
                if let early {
                    try early.add(into: &builder, surveyed: survey?.value, progress: report)
                } else {
                    try readSpreadsheetRelations(at: path, surveyed: survey?.value, into: &builder, progress: report)
                }
            if cache != nil { fingerprints.append(fingerprint) }
            status.bytesRead = before + fingerprint.size
        }
        status.stage = .checking
        status.file = nil
        progress?(status)
        let validation = builder.finish()
        status.stage = .finished
        progress?(status)
        return (validation, fingerprints)
    }

    private static func warnAboutAMissingHalf(
        of files: [String], in folder: String, into diagnostics: inout [Diagnostic]
    ) {
        let names = Set(files.map(fileName))
        if names.contains("entities.csv") != names.contains("relations.csv") {
            let missing = names.contains("entities.csv") ? "relations.csv" : "entities.csv"
            diagnostics.append(.warning(
                at: FileLocation(file: join(folder, missing), line: 1, column: 1),
                "'\(missing)' is missing; the spreadsheet layout has two files"))
        }
    }

    static func fileName(_ path: String) -> String {
        (path as NSString).lastPathComponent
    }

    /// The bytes of a file, read straight into an array (one copy, not two).
    static func contents(of path: String) throws(LoadError) -> [UInt8] {
        if let bytes = Syscalls.regularFileContents(path) { return bytes }
        // Let Foundation read it, and say why it cannot.
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadable(path, reason: error.localizedDescription)
        }
    }

    /// Checks every quote of the dataset in `folder` against the text of the documents it
    /// cites, read from `documentsFolder` (each document's `file:`).
    ///
    /// - Returns: a diagnostic for every quote not found, and a warning for every document
    ///   whose file is missing.
    public static func quoteProblems(in folder: String, documentsFolder: String) throws(LoadError) -> [Diagnostic] {
        let records = try records(from: folder)
        var texts: [String: DocumentText] = [:]
        var problems: [Diagnostic] = []
        for document in records.documents {
            guard let id = document.id?.value, let file = document.file else { continue }
            guard let text = documentText(file: file, in: documentsFolder) else {
                problems.append(.warning(at: document.location,
                    "cannot read the text of '\(id)' at \(join(documentsFolder, file)); its quotes are not checked"))
                continue
            }
            texts[id] = DocumentText(text)
        }
        return (problems + records.quoteProblems(in: texts)).sorted()
    }

    /// How far ``load(from:progress:)`` has come.
    public struct Progress: Sendable, Equatable {
        public enum Stage: Sendable, Equatable {
            /// Reading the data files.
            case reading
            /// Every file is read; checking the facts and indexing the network.
            case checking
            /// Done.
            case finished
        }

        public var stage: Stage
        /// The file being read, while reading.
        public var file: String?
        /// The bytes of the data files read so far, and in all.
        public var bytesRead: Int
        public var totalBytes: Int

        public init(stage: Stage, file: String?, bytesRead: Int, totalBytes: Int) {
            self.stage = stage
            self.file = file
            self.bytesRead = bytesRead
            self.totalBytes = totalBytes
        }

        /// From 0 to 1.
        public var fractionRead: Double {
            totalBytes > 0 ? min(1, Double(bytesRead) / Double(totalBytes)) : (stage == .reading ? 0 : 1)
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
