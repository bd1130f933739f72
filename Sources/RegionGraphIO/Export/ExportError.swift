/// Why an export could not be made or written. Nothing is left half-written in any case.
///
/// ```swift
/// do {
///     try Exporter.export(network, as: .csv, to: "out")
/// } catch {
///     print(error)   // cannot write 'out': it is a file, and csv writes a folder
/// }
/// ```
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The network holds facts the format cannot carry without changing them (for the
    /// spreadsheet layout, which must round-trip exactly).
    case notRepresentable(format: ExportFormat, problems: [String])
    /// A folder format was asked to write to a path that is a file.
    case notAFolder(path: String, format: ExportFormat)
    /// A single-file format was asked to write to a path that is a folder.
    case isAFolder(path: String, format: ExportFormat)
    /// The spreadsheet layout was asked to write into a folder that holds YAML data files or
    /// a workbook, which the loader would read together with the new files (or refuse).
    case folderHoldsData(path: String, files: [String])
    /// A folder or file could not be created or written; anything written before is undone.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .notRepresentable(let format, let problems):
            let shown = problems.prefix(20).map { "\n  " + $0 }.joined()
            let more = problems.count > 20 ? "\n  … and \(problems.count - 20) more" : ""
            return "the network cannot be written as \(format.rawValue) without changing it:\(shown)\(more)"
        case .notAFolder(let path, let format):
            return "cannot write '\(path)': it is a file, and \(format.rawValue) writes a folder (\(format.fileNames.joined(separator: ", ")))"
        case .isAFolder(let path, let format):
            return "cannot write '\(path)': it is a folder; give a file name such as '\(path)/network.\(format.fileExtension ?? format.rawValue)'"
        case .folderHoldsData(let path, let files):
            return "'\(path)' holds data files (\(files.joined(separator: ", "))) that the loader would read together with the exported spreadsheet; export into another folder"
        case .cannotWrite(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        }
    }
}
