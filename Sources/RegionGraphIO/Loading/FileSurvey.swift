/// What one pass over a file tells before it is parsed: whether it is valid UTF-8, whether it
/// holds a control character (``ControlCharacter``), about how many rows it holds, and the
/// ``ContentHash`` of its bytes.
///
/// The pass reads the file a piece at a time (``FilePieces``), so surveying a file of hundreds
/// of megabytes holds only a few megabytes of it.
///
/// ```swift
/// let survey = FileSurvey(path: "net/relations.csv")
/// survey?.isValidUTF8   // false: read it as Windows-1252
/// ```
struct FileSurvey: Sendable, Equatable {
    var size: Int
    var isValidUTF8: Bool
    /// Whether a control character no value may hold is anywhere in the file (or a carriage
    /// return at the end of a piece, not known to be before a line feed).
    var holdsControlCharacters: Bool
    /// The line breaks, plus one: the rows of a CSV file, or a few more.
    var lineCount: Int
    var hash: UInt64

    /// Surveys the file at `path`, reading it `pieceSize` bytes at a time; `nil` when it
    /// cannot be read. Without `hashing`, ``hash`` is 0.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    init?(path: String, pieceSize: Int = FilePieces.pieceSize, hashing: Bool = true) {
        guard let pieces = FilePieces(path: path, pieceSize: pieceSize) else { return nil }
        var valid = true
        var controls = false
        var lines = 0
        var hash = ContentHash()
        var size = 0
        var piece = pieces.first()
        while let (bytes, isLast) = piece {
            // Stop short of a character cut by the piece's end: the next piece begins with it.
            var end = bytes.count
            if !isLast {
                var backed = 0
                while end > 0, backed < 3, bytes[end - 1] & 0xC0 == 0x80 {
                    end -= 1
                    backed += 1
                }
                if end > 0, bytes[end - 1] >= 0xC0 { end -= 1 }
                if end == 0 {
                    // Not one whole character yet: read on.
                    piece = pieces.next(afterUsing: 0)
                    if piece == nil { return nil }
                    continue
                }
            }
            let used = UnsafeBufferPointer(rebasing: bytes[..<end])
            if valid { valid = RegionGraphIO.isValidUTF8(used) }
            if !controls { controls = ControlCharacter.first(in: used) != nil }
            lines += SpreadsheetDatasetReader.lineBreaks(in: used)
            if hashing { hash.add(UnsafeRawBufferPointer(used)) }
            size += end
            piece = isLast ? nil : pieces.next(afterUsing: end)
            if !isLast, piece == nil { return nil }
        }
        self.size = size
        isValidUTF8 = valid
        holdsControlCharacters = controls
        lineCount = lines + 1
        self.hash = hashing ? hash.value : 0
    }
}
