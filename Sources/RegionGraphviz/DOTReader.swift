/// cgraph's input channel for DOT text held in memory: the `chan` that `agread` passes back to
/// the I/O discipline's `afread` (in ``GraphvizCalls``), which calls ``read(into:capacity:)``.
///
/// It hands the scanner one line at a time, as Graphviz's own `agmemread` does, so line
/// numbers in syntax errors count exactly as they do for a file. Used only while
/// ``GraphvizLock``'s lock is held, and only while `bytes` is alive (during `agread`).
struct DOTReader {
    /// The UTF-8 DOT text.
    let bytes: UnsafeBufferPointer<UInt8>
    /// How much of it the scanner has been given.
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Copies the next line (up to and including its newline) into `buffer`, at most
    /// `capacity` bytes; 0 at the end of the text.
    mutating func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        guard capacity > 0, position < bytes.count, let base = bytes.baseAddress else { return 0 }
        var count = 0
        while count < capacity, position + count < bytes.count {
            let byte = base[position + count]
            buffer[count] = CChar(bitPattern: byte)
            count += 1
            if byte == UInt8(ascii: "\n") { break }
        }
        position += count
        return count
    }
}
