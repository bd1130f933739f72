import Foundation
import RegionGraph

/// Exports a network in any ``ExportFormat``, and writes the files so that a failure leaves
/// nothing half-written.
///
/// ```swift
/// let network = try DatasetLoader.load(from: "Data").get()
/// let part = ExportSelection(date: try PartialDate(parsing: "2020")).apply(to: network)
/// try Exporter.export(part, as: .graphml, to: "network.graphml")
/// try Exporter.export(network, as: .csv, to: "spreadsheet")   // a folder of three files
/// ```
///
/// Every format writes the same network the same way every time: entities sorted by id,
/// relations by source id, type, target id and read order, no dates or versions of its own.
public enum Exporter {
    /// The files of `network` in `format`: one for a single-file format (named
    /// `network.EXTENSION`), several for a folder format. `mermaidStyle` colours a Mermaid
    /// flowchart; `excelSafe` writes the spreadsheet layout's formula-like cells as text
    /// (``SpreadsheetExporter/files(of:excelSafe:)``); a workbook needs no such care, its cells
    /// being values, never formulas.
    ///
    /// - Throws: ``ExportError/notRepresentable(format:problems:)`` when the spreadsheet
    ///   layout cannot carry the network unchanged.
    public static func files(
        of network: Network, as format: ExportFormat, mermaidStyle: MermaidStyle = .plain, excelSafe: Bool = false
    ) throws(ExportError) -> [ExportFile] {
        // A workbook made in memory says why it could not be made.
        if format == .xlsx { return [ExportFile(name: SpreadsheetExporter.workbookFile, bytes: try SpreadsheetExporter.workbook(of: network))] }
        return try documents(of: network, as: format, mermaidStyle: mermaidStyle, excelSafe: excelSafe).map(\.file)
    }

    /// The files of `network` in `format`, not yet written: each is written into a sink one
    /// element at a time when asked, so that ``export(_:as:to:mermaidStyle:excelSafe:)``
    /// streams it to its file. The bytes are those of ``files(of:as:mermaidStyle:excelSafe:)``.
    /// A workbook's sheets are written to temporary files, zipped, and the archive copied in.
    ///
    /// ```swift
    /// let documents = try Exporter.documents(of: network, as: .graphml)
    /// try Exporter.write(documents, to: "network.graphml", as: .graphml)
    /// ```
    ///
    /// - Throws: ``ExportError/notRepresentable(format:problems:)`` when the spreadsheet
    ///   layout cannot carry the network unchanged, before anything is written.
    public static func documents(
        of network: Network, as format: ExportFormat, mermaidStyle: MermaidStyle = .plain, excelSafe: Bool = false
    ) throws(ExportError) -> [ExportDocument] {
        switch format {
        case .graphml: [ExportDocument(name: "network.graphml") { GraphMLExporter.write(network, to: $0) }]
        case .gexf: [ExportDocument(name: "network.gexf") { GEXFExporter.write(network, to: $0) }]
        case .popolo: [ExportDocument(name: "network.json") { PopoloExporter.write(network, to: $0) }]
        case .json: [ExportDocument(name: "network.json") { JSONExporter.write(network, to: $0) }]
        case .mermaid:
            [ExportDocument(name: "network.mmd") { MermaidExporter.write(network, style: mermaidStyle, to: $0) }]
        case .csv: try SpreadsheetExporter.documents(of: network, excelSafe: excelSafe)
        case .xlsx: [try SpreadsheetExporter.workbookDocument(of: network)]
        case .neo4j: Neo4jExporter.documents(of: network)
        }
    }

    /// Exports `network` in `format` to `path`: a file for a single-file format, a folder for
    /// a folder format (see ``write(_:to:as:)``). Each file is streamed to its temporary file
    /// as it is made, so an export takes little memory besides the network.
    ///
    /// - Returns: the files written, each with its name and number of bytes.
    @discardableResult
    public static func export(
        _ network: Network, as format: ExportFormat, to path: String, mermaidStyle: MermaidStyle = .plain,
        excelSafe: Bool = false
    ) throws(ExportError) -> [ExportFile.Summary] {
        try write(documents(of: network, as: format, mermaidStyle: mermaidStyle, excelSafe: excelSafe), to: path, as: format)
    }

    /// Writes exported files: for a single-file format, the one file to `path`; for a folder
    /// format, every file into the folder `path`, as for documents (below).
    public static func write(_ files: [ExportFile], to path: String, as format: ExportFormat) throws(ExportError) {
        try write(files.map(ExportDocument.init), to: path, as: format)
    }

    /// Writes exported documents, each streamed into a temporary file as it is made: for a
    /// single-file format, the one file to `path`; for a folder format, every file into the
    /// folder `path`, creating it (and missing parent folders).
    ///
    /// A folder's files are replaced as a whole (``FolderUpdate``): every file is first written
    /// under a temporary name, then all are renamed into place through a journal, so a failed
    /// export changes nothing and an interrupted one leaves the old files or a journal that the
    /// next export finishes (and the loader refuses the folder until then). Folders created for
    /// a failed export are removed. The spreadsheet layout refuses
    /// a folder that holds YAML data files or a workbook, which the loader would read together
    /// with it (or refuse).
    ///
    /// - Returns: the files written, each with its name and number of bytes.
    /// - Throws: ``ExportError`` saying why (a full disk names the file), after undoing what
    ///   was written: no temporary file is left and the old files are untouched.
    @discardableResult
    public static func write(
        _ documents: [ExportDocument], to path: String, as format: ExportFormat
    ) throws(ExportError) -> [ExportFile.Summary] {
        try write(documents, to: path, as: format, limit: nil)
    }

    /// Writes exported documents as the public `write(_:to:as:)` does, each file failing as on
    /// a full disk after `limit` bytes (for tests).
    static func write(
        _ documents: [ExportDocument], to path: String, as format: ExportFormat, limit: Int?
    ) throws(ExportError) -> [ExportFile.Summary] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: path, isDirectory: &isDirectory)
        var written: [ExportFile.Summary] = []
        func counting(_ document: ExportDocument) -> (ByteSink) -> Void {
            { sink in
                document.write(sink)
                written.append(ExportFile.Summary(name: document.name, byteCount: sink.byteCount))
            }
        }
        guard format.writesFolder else {
            if exists, isDirectory.boolValue { throw .isAFolder(path: path, format: format) }
            for document in documents {
                do {
                    try AtomicFile.stage(for: path, limit: limit, counting(document)).commit()
                } catch {
                    throw .cannotWrite(path: path, reason: error.reason)
                }
            }
            return written
        }
        if exists, !isDirectory.boolValue { throw .notAFolder(path: path, format: format) }
        if exists, format == .csv {
            let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            let data = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || DatasetLoader.isWorkbook($0) }
                .sorted(by: ExportContent.scalarOrder)
            if !data.isEmpty { throw .folderHoldsData(path: path, files: data) }
        }
        let targets = documents.map { (document: $0, path: (path as NSString).appendingPathComponent($0.name)) }
        for target in targets {
            var targetIsDirectory: ObjCBool = false
            if manager.fileExists(atPath: target.path, isDirectory: &targetIsDirectory), targetIsDirectory.boolValue {
                throw .cannotWrite(path: target.path, reason: "it is a folder")
            }
        }
        let createdFolders = try createFolder(path)
        var update = FolderUpdate(folder: path)
        do {
            // An earlier export into the folder that was interrupted is finished first, so
            // that this one starts from a whole folder.
            try FolderUpdate.recover(path)
            for target in targets { try update.write(to: target.document.name, limit: limit, counting(target.document)) }
            try update.commit()
        } catch {
            update.discard()
            for folder in createdFolders.reversed() { try? manager.removeItem(atPath: folder) }
            throw .cannotWrite(path: error.path, reason: error.reason)
        }
        return written
    }

    /// Creates `path` and any missing parent folders; returns the folders it created, outermost
    /// first. When one cannot be created, removes those it did and throws.
    static func createFolder(_ path: String) throws(ExportError) -> [String] {
        let manager = FileManager.default
        var missing: [String] = []
        var current = (path as NSString).standardizingPath
        if current.isEmpty { current = "." }
        while !manager.fileExists(atPath: current) {
            missing.append(current)
            let parent = (current as NSString).deletingLastPathComponent
            if parent.isEmpty || parent == current { break }
            current = parent
        }
        var created: [String] = []
        for folder in missing.reversed() {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: false)
                created.append(folder)
            } catch {
                for folder in created.reversed() { try? manager.removeItem(atPath: folder) }
                let parent = (folder as NSString).deletingLastPathComponent
                var parentIsDirectory: ObjCBool = false
                let reason = manager.fileExists(atPath: parent, isDirectory: &parentIsDirectory)
                    && !parentIsDirectory.boolValue
                    ? "'\(parent)' is a file, not a folder"
                    : (error as NSError).localizedDescription
                throw .cannotWrite(path: path, reason: reason)
            }
        }
        return created
    }
}
