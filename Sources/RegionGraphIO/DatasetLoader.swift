import Foundation
import RegionGraph

/// Loads a dataset folder: every `*.yaml` file in it and, when present, the spreadsheet pair
/// `entities.csv` + `relations.csv`.
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

        public var description: String {
            switch self {
            case .missingFolder(let path):
                "data folder '\(path)' does not exist; pass --data DIR, or run from the folder that holds Data/"
            case .notAFolder(let path):
                "'\(path)' is not a folder; --data takes the folder that holds the data files"
            case .noDataFiles(let path):
                "'\(path)' holds no data files (*.yaml, or entities.csv and relations.csv)"
            case .unreadable(let path, let reason):
                "cannot read '\(path)': \(reason)"
            }
        }
    }

    /// The data files of a folder, in the order they are read: YAML files by name, then
    /// `entities.csv` and `relations.csv`.
    public static func dataFiles(in folder: String) throws(LoadError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw .missingFolder(folder)
        }
        guard isDirectory.boolValue else { throw .notAFolder(folder) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadable(folder, reason: error.localizedDescription)
        }
        let yaml = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        let spreadsheet = ["entities.csv", "relations.csv"].filter(names.contains)
        let files = (yaml + spreadsheet).map { join(folder, $0) }
        guard !files.isEmpty else { throw .noDataFiles(folder) }
        return files
    }

    /// Reads every data file of `folder` into records, without checking the facts.
    public static func records(from folder: String) throws(LoadError) -> DatasetRecords {
        var records = DatasetRecords()
        let files = try dataFiles(in: folder)
        for path in files {
            let bytes: [UInt8]
            do {
                bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw .unreadable(path, reason: error.localizedDescription)
            }
            switch (path as NSString).lastPathComponent {
            case "entities.csv":
                records.append(contentsOf: SpreadsheetDatasetReader.readEntities(bytes, file: path))
            case "relations.csv":
                records.append(contentsOf: SpreadsheetDatasetReader.readRelations(bytes, file: path))
            default:
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    records.diagnostics.append(.error(
                        at: FileLocation(file: path, line: 1, column: 1),
                        "the file is not valid UTF-8", hint: "save it as UTF-8"))
                    continue
                }
                records.append(contentsOf: YAMLDatasetReader.read(text, file: path))
            }
        }
        let names = Set(files.map { ($0 as NSString).lastPathComponent })
        if names.contains("entities.csv") != names.contains("relations.csv") {
            let missing = names.contains("entities.csv") ? "relations.csv" : "entities.csv"
            records.diagnostics.append(.warning(
                at: FileLocation(file: join(folder, missing), line: 1, column: 1),
                "'\(missing)' is missing; the spreadsheet layout has two files"))
        }
        return records
    }

    /// Reads and checks every data file of `folder`.
    ///
    /// - Throws: ``LoadError`` when the folder cannot be read at all; problems in the data are
    ///   in the returned validation's diagnostics.
    public static func load(from folder: String) throws(LoadError) -> DatasetValidation {
        Network.validating(try records(from: folder))
    }

    /// Checks every quote of the dataset in `folder` against the text of the documents it
    /// cites, read from `documentsFolder` (each document's `file:`).
    ///
    /// - Returns: a diagnostic for every quote not found, and a warning for every document
    ///   whose file is missing.
    public static func quoteProblems(in folder: String, documentsFolder: String) throws(LoadError) -> [Diagnostic] {
        let records = try records(from: folder)
        var texts: [String: String] = [:]
        var problems: [Diagnostic] = []
        for document in records.documents {
            guard let id = document.id?.value, let file = document.file else { continue }
            let path = join(documentsFolder, file)
            guard let data = FileManager.default.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                problems.append(.warning(at: document.location,
                    "cannot read the text of '\(id)' at \(path); its quotes are not checked"))
                continue
            }
            texts[id] = text
        }
        return (problems + records.quoteProblems(in: texts)).sorted()
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
