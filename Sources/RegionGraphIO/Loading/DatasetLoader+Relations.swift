import RegionGraph

extension DatasetLoader {
    /// Reads a spreadsheet's `relations.csv` into `builder`, and gives the file's fingerprint
    /// (its hash only when `hashing`).
    ///
    /// The file is read twice, a piece at a time, and never held whole: a first pass finds
    /// whether it is UTF-8, how many rows it has and its hash (``FileSurvey``, which
    /// ``surveyInBackground(_:hashing:)`` starts before the rest of the folder is read); the
    /// second reads its rows (``SpreadsheetDatasetReader/readRelations(from:survey:into:progress:)``).
    /// A file that is not UTF-8 is read as Windows-1252, whole, with a warning.
    ///
    /// - Throws: ``LoadError/unreadable(_:reason:)`` when the file cannot be read at all.
    /// - Complexity: O(*b*) in the size of the file; memory O(1) beyond the network's.
    static func readSpreadsheetRelations(
        at path: String, surveyed: SurveyedRelations?, into builder: inout NetworkBuilder,
        progress: ((Int) -> Void)?
    ) throws(LoadError) -> RecordsCache.FileFingerprint {
        guard let survey = surveyed?.survey, let pieces = surveyed?.pieces ?? FilePieces(path: path),
            survey.isValidUTF8
        else {
            let read = try contents(of: path)
            let (bytes, wasWindows1252) = Windows1252.utf8IfNeeded(read)
            if wasWindows1252 { builder.report(Windows1252.warning(file: path)) }
            bytes.withUnsafeBufferPointer { buffer in
                SpreadsheetDatasetReader.readRelations(buffer, file: path, into: &builder, progress: progress)
            }
            return RecordsCache.FileFingerprint(path: path, bytes: read)
        }
        SpreadsheetDatasetReader.readRelations(from: pieces, survey: survey, into: &builder, progress: progress)
        return RecordsCache.FileFingerprint(path: path, size: survey.size, hash: survey.hash)
    }

    /// The rows of a spreadsheet's `relations.csv` being read, with their ends to be found
    /// among the rows of the plain table of entities the builder is about to check
    /// (``RelationRowsReading``): what ``readSpreadsheetRelations(at:surveyed:into:progress:)``
    /// does, started sooner.
    struct EarlyRelations {
        let path: String
        let reading: RelationRowsReading
        /// The rows of the table of entities.
        let entityRows: Int

        /// Starts reading the `relations.csv` at `path`, as soon as `survey` is done, with the
        /// ends of its rows to be found among the rows of `table`.
        init(path: String, survey: BackgroundJob<SurveyedRelations>?, table: PlainEntityTable) {
            self.path = path
            reading = RelationRowsReading(file: path, surveyed: { survey?.value }, ids: table.ids)
            entityRows = table.count
        }

        /// Adds the rows to `builder`, made from the table, and gives the file's fingerprint;
        /// a file that is not UTF-8 is read whole.
        func add(
            into builder: inout NetworkBuilder, surveyed: SurveyedRelations?, progress: ((Int) -> Void)?
        ) throws(LoadError) -> RecordsCache.FileFingerprint {
            let positions = (0..<entityRows).map { builder.position(ofPlainRow: $0) }
            if let fingerprint = reading.add(into: &builder, positions: positions, progress: progress) { return fingerprint }
            return try readSpreadsheetRelations(at: path, surveyed: surveyed, into: &builder, progress: progress)
        }
    }

    /// A spreadsheet's `relations.csv` surveyed (``FileSurvey``), and opened again with its
    /// first piece read, ready for its rows to be read.
    struct SurveyedRelations: @unchecked Sendable {
        var survey: FileSurvey?
        /// Made on the surveying thread and used, afterwards, only by the thread that takes
        /// the survey's value.
        var pieces: FilePieces?
    }

    /// The survey of a spreadsheet's `relations.csv` (``FileSurvey``), made on another thread
    /// while the other files are read and their entities checked: it depends on nothing else.
    /// That thread then reads the file's first piece too, which the rows are read from.
    static func surveyInBackground(_ path: String, hashing: Bool) -> BackgroundJob<SurveyedRelations> {
        BackgroundJob {
            let survey = FileSurvey(path: path, hashing: hashing)
            let pieces = survey?.isValidUTF8 == true ? FilePieces(path: path) : nil
            _ = pieces?.first()
            return SurveyedRelations(survey: survey, pieces: pieces)
        }
    }
}
