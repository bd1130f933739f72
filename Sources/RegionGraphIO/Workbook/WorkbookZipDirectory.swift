/// Where each part's packed bytes lie in a workbook's zip archive, read from the archive's
/// central directory and each part's local header, every offset and length checked against
/// the bytes there are.
///
/// The parts are unpacked from these ranges (``WorkbookArchive/part(_:)``), so that a
/// damaged part can never be read past its own bytes: a packed stream that does not end
/// within them is an error, not a wait for more.
///
/// ```swift
/// let directory = try WorkbookZipDirectory(bytes)
/// directory.ranges["xl/workbook.xml"]   // 1203..<1580
/// ```
struct WorkbookZipDirectory {
    /// The packed bytes of each file by lower-case name, without a leading `/`.
    private(set) var ranges: [String: Range<Int>] = [:]

    /// Reads the directory of the zip archive in `bytes`.
    ///
    /// - Throws: ``WorkbookError/damaged(part:reason:)`` when it cannot be read.
    init(_ bytes: [UInt8]) throws(WorkbookError) {
        func word16(_ at: Int) -> Int? {
            at >= 0 && at + 2 <= bytes.count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil
        }
        func word32(_ at: Int) -> Int? {
            guard let low = word16(at), let high = word16(at + 2) else { return nil }
            return low | high << 16
        }
        func damaged(_ reason: String, part: String? = nil) -> WorkbookError {
            .damaged(part: part, reason: reason)
        }
        // The end of the central directory: its signature, at most 64 KB of comment from the end.
        var end = bytes.count - 22
        while end >= 0, end >= bytes.count - 22 - 0xFFFF, word32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= 0, let count = word16(end + 10), let start = word32(end + 16) else {
            throw damaged("its zip directory cannot be found")
        }
        var offset = start
        for _ in 0..<count {
            guard word32(offset) == 0x0201_4B50, let packed = word32(offset + 20),
                let nameLength = word16(offset + 28), let extraLength = word16(offset + 30),
                let commentLength = word16(offset + 32), let local = word32(offset + 42),
                offset + 46 + nameLength <= bytes.count
            else { throw damaged("its zip directory is cut short or damaged") }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            offset += 46 + nameLength + extraLength + commentLength
            guard !name.hasSuffix("/") else { continue }
            guard word32(local) == 0x0403_4B50, let localName = word16(local + 26), let localExtra = word16(local + 28)
            else { throw damaged("its local header cannot be found", part: name) }
            let data = local + 30 + localName + localExtra
            guard packed != 0xFFFF_FFFF, data + packed <= bytes.count else {
                throw damaged("it claims \(packed) packed bytes, more than the archive holds", part: name)
            }
            ranges[WorkbookArchive.key(name)] = data..<(data + packed)
        }
    }
}
