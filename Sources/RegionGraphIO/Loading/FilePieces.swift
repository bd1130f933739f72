/// A file read a piece at a time into one buffer, for a reader that stops where a piece's
/// last whole row ends: the next piece begins with what it left, followed by the bytes after.
///
/// The buffer holds ``pieceSize`` bytes, and grows (doubling) only when a single row does not
/// fit, so a file of any size is read with a few megabytes of memory.
///
/// ```swift
/// let pieces = try FilePieces(path: "net/relations.csv")
/// var piece = pieces.first()
/// while let (bytes, isLast) = piece {
///     let used = scan(bytes, isLast)           // the bytes of the whole rows in it
///     piece = isLast ? nil : pieces.next(afterUsing: used)
/// }
/// ```
final class FilePieces {
    /// The size of a piece: 4 MB.
    static let pieceSize = 4 << 20

    let path: String
    /// The file's size when it was opened.
    let size: Int
    /// Where the current piece starts in the file.
    private(set) var offset = 0
    private let descriptor: Int32
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    private var filled = 0
    private var reachedEnd = false

    /// Opens the regular file at `path`, to read it `pieceSize` bytes at a time (fewer for a
    /// smaller file); `nil` when it cannot be opened.
    init?(path: String, pieceSize: Int = FilePieces.pieceSize) {
        guard let (descriptor, size) = Syscalls.openRegularFile(path) else { return nil }
        self.path = path
        self.size = size
        self.descriptor = descriptor
        buffer = .allocate(capacity: max(1, min(pieceSize, size + 1)))
    }

    deinit {
        buffer.deallocate()
        Syscalls.closeDescriptor(descriptor)
    }

    /// The first piece, and whether it is the last; `nil` when the file cannot be read.
    func first() -> (bytes: UnsafeBufferPointer<UInt8>, isLast: Bool)? {
        fill() ? current : nil
    }

    /// The piece after the current one, of which the reader used the first `used` bytes (the
    /// rest is read again, at the start of this piece); `nil` when the file cannot be read.
    func next(afterUsing used: Int) -> (bytes: UnsafeBufferPointer<UInt8>, isLast: Bool)? {
        let left = filled - used
        if used == 0, filled == buffer.count {
            // A row longer than the buffer: make room for more of it.
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 2 * buffer.count)
            _ = larger.initialize(from: buffer[..<filled])
            buffer.deallocate()
            buffer = larger
        } else if left > 0 {
            buffer.baseAddress!.update(from: buffer.baseAddress! + used, count: left)
        }
        offset += used
        filled = left
        return fill() ? current : nil
    }

    private var current: (bytes: UnsafeBufferPointer<UInt8>, isLast: Bool) {
        (UnsafeBufferPointer(rebasing: buffer[..<filled]), reachedEnd)
    }

    /// Reads until the buffer is full or the file ends.
    private func fill() -> Bool {
        guard !reachedEnd else { return true }
        guard let got = Syscalls.readFully(descriptor, into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[filled...])))
        else { return false }
        filled += got
        if filled < buffer.count { reachedEnd = true }
        return true
    }
}
