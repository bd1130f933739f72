import RegionGraph

extension DatasetLoader {
    /// What a spreadsheet's `entities.csv` was read into.
    enum SpreadsheetEntities {
        /// Every row is plain (``SpreadsheetDatasetReader/readPlainEntities(_:file:)``).
        case table(PlainEntityTable)
        /// Records, which say what is wrong, or a file in Windows-1252.
        case records(DatasetRecords)
    }

    /// Reads a spreadsheet's `entities.csv`: as a table of plain rows when it is one, else as
    /// records; and gives the file's fingerprint (its hash only when `hashing`).
    ///
    /// - Throws: ``LoadError/unreadable(_:reason:)`` when the file cannot be read.
    /// - Complexity: O(*n*) in the size of the file.
    static func readSpreadsheetEntities(
        at path: String, hashing: Bool
    ) throws(LoadError) -> (entities: SpreadsheetEntities, fingerprint: RecordsCache.FileFingerprint) {
        let bytes = try contents(of: path)
        let fingerprint =
            hashing
            ? RecordsCache.FileFingerprint(path: path, bytes: bytes)
            : RecordsCache.FileFingerprint(path: path, size: bytes.count, hash: 0)
        if let table = SpreadsheetDatasetReader.readPlainEntities(bytes, file: path) {
            return (.table(table), fingerprint)
        }
        return (.records(parse(bytes, path: path)), fingerprint)
    }
}
