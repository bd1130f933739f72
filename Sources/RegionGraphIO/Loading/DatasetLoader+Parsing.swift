import Dispatch
import Foundation
import RegionGraph
import Synchronization

extension DatasetLoader {
    /// Reads the data files at `paths` into records, one per file, in order.
    ///
    /// The files' bytes are read first, in order (so the first unreadable file is the one
    /// reported); several files are then parsed at the same time, on as many cores as there are.
    /// With a `cache`, records of unchanged files come from it, and newly parsed ones go into it.
    static func read(
        _ paths: [String], bytesRead: (Int) -> Void = { _ in }, cache: RecordsCache? = nil, folder: String = "",
        fingerprints: ((RecordsCache.FileFingerprint) -> Void)? = nil
    ) throws(LoadError) -> [DatasetRecords] {
        guard !paths.isEmpty else { return [] }
        var read: [[UInt8]] = []
        for path in paths {
            read.append(try self.contents(of: path))
            bytesRead(read[read.count - 1].count)
            fingerprints?(.init(path: path, bytes: read[read.count - 1]))
        }
        let contents = read
        if let cache, let cached = cache.records(folder: folder, paths: paths, contents: contents) {
            return cached
        }
        let parts = parse(contents, paths: paths)
        cache?.store(parts, folder: folder, paths: paths, contents: contents)
        return parts
    }

    /// Parses the files' bytes, several at the same time when they are large enough.
    static func parse(_ contents: [[UInt8]], paths: [String]) -> [DatasetRecords] {
        let total = contents.reduce(0) { $0 + $1.count }
        guard paths.count > 1, total >= 32 << 10, ProcessInfo.processInfo.activeProcessorCount > 1 else {
            return zip(contents, paths).map { parse($0, path: $1) }
        }
        let results = Mutex([DatasetRecords?](repeating: nil, count: paths.count))
        // The largest files first, so that the last to start are the shortest.
        let order = paths.indices.sorted { contents[$0].count > contents[$1].count }
        DispatchQueue.concurrentPerform(iterations: paths.count) { turn in
            let index = order[turn]
            let records = parse(contents[index], path: paths[index])
            results.withLock { $0[index] = records }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// Reads one data file.
    static func parse(_ bytes: [UInt8], path: String) -> DatasetRecords {
        let name = fileName(path)
        if isWorkbook(path) { return WorkbookDatasetReader.read(bytes, file: path) }
        if name.hasSuffix(".csv") {
            // Excel writes Windows-1252 unless asked for UTF-8.
            let (text, wasWindows1252) = Windows1252.utf8IfNeeded(bytes)
            var records: DatasetRecords
            switch name {
            case "documents.csv": records = SpreadsheetDatasetReader.readDocuments(text, file: path)
            case "entities.csv": records = SpreadsheetDatasetReader.readEntities(text, file: path)
            default: records = SpreadsheetDatasetReader.readRelations(text, file: path)
            }
            if wasWindows1252 { records.diagnostics.insert(Windows1252.warning(file: path), at: 0) }
            return records
        }
        switch name {
        default:
            guard let text = String(validating: bytes, as: UTF8.self) else {
                var records = DatasetRecords()
                records.diagnostics.append(.error(
                    at: FileLocation(file: path, line: 1, column: 1),
                    "the file is not valid UTF-8", hint: "save it as UTF-8"))
                return records
            }
            return YAMLDatasetReader.read(text, file: path)
        }
    }
}
