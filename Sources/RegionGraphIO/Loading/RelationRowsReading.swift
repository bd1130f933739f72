import RegionGraph

/// The rows of a `relations.csv` being read a piece at a time (``FilePieces``) before the
/// builder they go to is ready, and the table of the ids their ends are found among being made:
/// made from the rows of a table of entities (``PlainEntityTable/ids``), both start while the
/// builder checks those entities, and ``add(into:positions:progress:)`` adds the rows once it
/// has.
///
/// Starting waits for nothing: the reading thread waits for the file's survey
/// (``DatasetLoader/SurveyedRelations``), and reads the file when it is UTF-8 and
/// `threadedFrom` bytes or more, up to ``batchesAhead`` batches ahead of the adding
/// (``RelationRowReader``, ``RelationRowBatch``, ``RelationRowAdding``); the batches' memory is
/// given back to the system once they are added. A smaller file is read as it is added. Either way the builder gets the same relations and diagnostics in the same
/// order as reading the rows one by one.
///
/// ```swift
/// let reading = RelationRowsReading(file: path, surveyed: { survey.value }, ids: table.ids)
/// var builder = NetworkBuilder(records: records, plainEntities: table)   // meanwhile
/// let fingerprint = reading.add(
///     into: &builder, positions: table.ids.indices.map { builder.position(ofPlainRow: $0) }, progress: nil)
/// ```
final class RelationRowsReading {
    /// How many batches may be read and not yet added: enough for the reading thread to read
    /// on while the entities of a national network are checked.
    static let batchesAhead = 24

    private let file: String
    private let surveyed: @Sendable () -> DatasetLoader.SurveyedRelations?
    private let threadedFrom: Int
    private let batchSize: Int
    /// The table of the ids, made on a thread of its own.
    private let ends: BackgroundJob<EntityKeyLookup>
    /// The batches read and not yet added, the empty ones handed back to be filled again,
    /// and the reading thread.
    private let filled = BatchChannel<RelationRowBatch>(capacity: RelationRowsReading.batchesAhead)
    private let empty = BatchChannel<RelationRowBatch>(capacity: RelationRowsReading.batchesAhead + 2)
    private let reading: BackgroundJob<Void>

    /// Starts reading the rows of the `relations.csv` at `file`, once `surveyed` gives its
    /// survey and opened pieces, and making the table of `ids` to find their ends among.
    init(
        file: String, surveyed: @escaping @Sendable () -> DatasetLoader.SurveyedRelations?, ids: [String],
        threadedFrom: Int = 1 << 20, batchSize: Int = 2048
    ) {
        self.file = file
        self.surveyed = surveyed
        self.threadedFrom = threadedFrom
        self.batchSize = batchSize
        let ends = BackgroundJob { EntityKeyLookup(ids: ids) }
        self.ends = ends
        let (filled, empty) = (filled, empty)
        reading = BackgroundJob {
            guard let (pieces, survey) = Self.readable(surveyed()), survey.size >= threadedFrom else { return }
            guard let scanner = Self.scanner(of: pieces, survey: survey) else {
                var batch = RelationRowBatch()
                batch.report(SpreadsheetDatasetReader.unreadable(file, line: 1))
                batch.isLast = true
                filled.send(batch)
                return
            }
            // Batches are handed back and forth: once they have held a batch's rows, no more
            // memory is asked for.
            let bytesPerRow = survey.size / max(1, survey.lineCount) + 1
            for _ in 0..<(Self.batchesAhead + 1) {
                empty.send(RelationRowBatch(reserving: batchSize, bytes: batchSize * bytesPerRow * 5 / 4))
            }
            var reader = RelationRowReader(scanner: scanner, pieces: pieces, ids: { ends.value }, batchSize: batchSize)
            reader.read(into: { empty.receive() }) { filled.send($0) }
        }
    }

    /// The survey and the pieces of a file that can be read here: one that is UTF-8.
    private static func readable(_ surveyed: DatasetLoader.SurveyedRelations?) -> (FilePieces, FileSurvey)? {
        guard let survey = surveyed?.survey, let pieces = surveyed?.pieces, survey.isValidUTF8 else { return nil }
        return (pieces, survey)
    }

    /// A scanner of the first piece of `pieces`; `nil` when it cannot be read.
    private static func scanner(of pieces: FilePieces, survey: FileSurvey) -> CSVScanner? {
        guard let first = pieces.first() else { return nil }
        return CSVScanner(
            first.bytes, file: pieces.path, isValidUTF8: survey.isValidUTF8,
            mayHoldControlCharacters: survey.holdsControlCharacters, isLastPiece: first.isLast)
    }

    /// Adds the rows to `builder`, whose entities `positions` gives for the places of the ids
    /// the reading was started with, and gives the file's fingerprint; `progress` is called
    /// with the bytes read, about once a megabyte. `nil`, with nothing added, when the file is
    /// not UTF-8 or was not surveyed: it is to be read whole then. Call it once.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    func add(
        into builder: inout NetworkBuilder, positions: [NetworkBuilder.EntityPosition?], progress: ((Int) -> Void)?
    ) -> RecordsCache.FileFingerprint? {
        let surveyed = surveyed()
        guard let (pieces, survey) = Self.readable(surveyed) else {
            reading.value
            return nil
        }
        let fingerprint = RecordsCache.FileFingerprint(path: file, size: survey.size, hash: survey.hash)
        var adding = RelationRowAdding(
            file: file, positions: positions, fileNumber: builder.fileNumber(for: file), progress: progress)
        builder.reserveRelations(survey.lineCount)
        guard survey.size >= threadedFrom else {
            reading.value
            guard let scanner = Self.scanner(of: pieces, survey: survey) else {
                builder.report(SpreadsheetDatasetReader.unreadable(file, line: 1))
                return fingerprint
            }
            let ends = ends
            var reader = RelationRowReader(scanner: scanner, pieces: pieces, ids: { ends.value }, batchSize: batchSize)
            reader.read(into: { RelationRowBatch() }) { adding.add($0, to: &builder) }
            return fingerprint
        }
        while true {
            var batch = filled.receive()
            adding.add(batch, to: &builder)
            if batch.isLast { break }
            batch.removeAll()
            empty.send(consume batch)
        }
        reading.value
        // The batches are let go now, not with the reading thread, which holds the channels
        // too, and the memory they held is given back to the system.
        empty.removeAll()
        Syscalls.returnFreedMemory()
        return fingerprint
    }
}
