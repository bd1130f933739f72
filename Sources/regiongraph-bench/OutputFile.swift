/// A file written through a byte buffer: UTF-8 text appended without intermediate strings and
/// flushed in blocks of a megabyte.
final class OutputFile {
    private let file: Syscalls.File
    private let path: String
    private let capacity = 1 << 20
    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0

    init(_ path: String) throws(BenchError) {
        guard let file = Syscalls.File(writingTo: path) else { throw .cannotWrite(path) }
        self.file = file
        self.path = path
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Makes room for `size` more bytes.
    @inline(__always) private func reserve(_ size: Int) {
        if count + size > capacity { flush() }
    }

    func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ write(bytes: $0) }) == nil {
            var text = text
            text.withUTF8 { write(bytes: $0) }
        }
    }

    @inline(__always) func write(byte: UInt8) {
        reserve(1)
        buffer[count] = byte
        count += 1
    }

    /// Appends pre-encoded bytes.
    @inline(__always) func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if bytes.count > capacity {
            flush()
            file.write(base, count: bytes.count)
            return
        }
        reserve(bytes.count)
        (buffer + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends the decimal digits of a non-negative `value`.
    @inline(__always) func write(_ value: Int) {
        reserve(20)
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        var remaining = value
        var position = count + digits - 1
        repeat {
            buffer[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
            position -= 1
        } while remaining > 0
        count += digits
    }

    func flush() {
        guard count > 0 else { return }
        file.write(buffer, count: count)
        count = 0
    }

    func close() throws(BenchError) {
        flush()
        if !file.close() { throw .cannotWrite(path) }
    }
}
