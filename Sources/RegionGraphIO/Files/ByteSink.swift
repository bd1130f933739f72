/// Where an export writes its bytes, element by element: a buffer of ``bufferSize`` bytes that
/// is handed to an open file whenever it fills, or an array in memory for a whole-document
/// result.
///
/// Exporters write every format through a sink, so that a file of any size is written in a
/// constant amount of memory, and the bytes kept in memory (``collect(_:)``) are the same bytes
/// a file gets: there is one way of writing each format, not two.
///
/// A write to a file that fails (a full disk, a file-size limit) is remembered, and later
/// writes are dropped; ``failure`` says why, and ``AtomicFile`` then removes the temporary file
/// and throws, leaving the target as it was.
///
/// ```swift
/// let bytes = ByteSink.collect { sink in
///     sink.write("<graphml>")
///     sink.write(byte: UInt8(ascii: "\n"))
/// }
/// try AtomicFile.write(to: "network.graphml") { sink in GraphMLExporter.write(network, to: sink) }
/// ```
public final class ByteSink {
    /// The bytes gathered before they go to the file: 64 KB.
    public static let bufferSize = 64 << 10

    private let capacity: Int
    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    /// The open file the bytes go to; `nil` for a sink that keeps them in memory.
    private let descriptor: Int32?
    /// What a sink in memory has gathered so far, buffer not included.
    private var kept: [UInt8] = []
    /// The bytes a file may take before a write fails as on a full disk (for tests); `nil`: no limit.
    private let limit: Int?
    /// The bytes written so far, buffer included.
    public private(set) var byteCount = 0
    /// The `errno` of the first write that failed, or 0.
    public private(set) var failure: Int32 = 0
    /// Why the sink failed, when the writer said so (``fail(because:)``) rather than a write.
    public private(set) var failureReason: String?

    /// A sink that keeps the bytes in memory (``bytes``); it needs no buffer of its own.
    public convenience init() {
        self.init(descriptor: nil, bufferSize: 0, limit: nil)
    }

    /// A sink writing to the open file `descriptor` (which it does not close) in blocks of
    /// `bufferSize` bytes; with a `limit`, a write beyond that many bytes fails with `ENOSPC`.
    init(descriptor: Int32?, bufferSize: Int = ByteSink.bufferSize, limit: Int? = nil) {
        self.descriptor = descriptor
        self.capacity = descriptor == nil ? 0 : max(1, bufferSize)
        self.buffer = .allocate(capacity: capacity)
        self.limit = limit
    }

    deinit { buffer.deallocate() }

    /// The bytes written, for a sink that keeps them in memory.
    public var bytes: [UInt8] {
        flush()
        return kept
    }

    /// The bytes `body` writes into a sink in memory.
    ///
    /// ```swift
    /// let text = String(decoding: ByteSink.collect { GraphMLExporter.write(network, to: $0) }, as: UTF8.self)
    /// ```
    public static func collect(_ body: (ByteSink) throws -> Void) rethrows -> [UInt8] {
        let sink = ByteSink()
        try body(sink)
        return sink.bytes
    }

    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    /// Appends the UTF-8 bytes of a substring.
    public func write(_ text: Substring) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    /// Appends one byte.
    @inline(__always)
    public func write(byte: UInt8) {
        guard descriptor != nil else {
            kept.append(byte)
            byteCount += 1
            return
        }
        if count == capacity { flush() }
        buffer[count] = byte
        count += 1
        byteCount += 1
    }

    /// Appends `bytes` as they are.
    @inline(__always)
    public func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        byteCount += bytes.count
        guard descriptor != nil else {
            kept.append(contentsOf: bytes)
            return
        }
        if count + bytes.count <= capacity {
            (buffer + count).update(from: base, count: bytes.count)
            count += bytes.count
            return
        }
        flush()
        if bytes.count < capacity {
            buffer.update(from: base, count: bytes.count)
            count = bytes.count
        } else {
            hand(UnsafeRawBufferPointer(bytes))
        }
    }

    /// Appends the UTF-8 bytes of `text` with some of its characters replaced: `replacement`
    /// is asked at each byte, and gives how many bytes (1 or more) to replace there and with
    /// what, or `nil` to keep the byte. The runs between replacements are copied as they are.
    ///
    /// ```swift
    /// sink.write("a&b") { bytes, index in bytes[index] == UInt8(ascii: "&") ? (1, "&amp;") : nil }
    /// ```
    func write(
        _ text: String, replacing replacement: (UnsafeBufferPointer<UInt8>, Int) -> (length: Int, with: String)?
    ) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                guard let (length, with) = replacement(bytes, index) else {
                    index += 1
                    continue
                }
                write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                write(with)
                index += length
                start = index
            }
            write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
    }

    /// Appends `bytes` as they are.
    public func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(bytes: $0) }
    }

    /// Appends the decimal digits of `value`.
    public func write(_ value: Int) {
        write(String(value))
    }

    /// Fails the sink for a reason of the writer's own (an archive that cannot be made, say):
    /// later writes are dropped, and ``AtomicFile`` removes the temporary file and throws with
    /// `reason`.
    public func fail(because reason: String) {
        guard failure == 0 else { return }
        failure = Syscalls.inputOutputError
        failureReason = reason
    }

    /// Hands the buffered bytes to the file (or to memory).
    public func flush() {
        guard count > 0 else { return }
        hand(UnsafeRawBufferPointer(start: buffer, count: count))
        count = 0
    }

    /// Hands `bytes` on: appends them in memory, or writes them all to the file, unless a
    /// write has already failed.
    private func hand(_ bytes: UnsafeRawBufferPointer) {
        guard let descriptor else {
            kept.append(contentsOf: bytes)
            return
        }
        guard failure == 0 else { return }
        var pending = bytes
        if let limit {
            let room = max(0, limit - handed)
            if pending.count > room {
                pending = UnsafeRawBufferPointer(rebasing: pending[..<room])
                failure = Syscalls.noSpaceLeft
            }
        }
        if let problem = Syscalls.writeAll(pending, to: descriptor), failure == 0 { failure = problem }
        handed += pending.count
    }

    /// The bytes handed to the file so far.
    private var handed = 0
}
