import RegionGraph

/// Text in Windows-1252, the encoding Norwegian Excel saves "CSV (semikolondelt)" in, turned
/// into UTF-8: æ ø å (and the rest of Latin-1) and the curly quotes, dashes and € of 0x80–0x9F.
///
/// ```swift
/// Windows1252.utf8([0x52, 0xF8, 0x72, 0x6F, 0x73])   // "Røros" in UTF-8
/// ```
enum Windows1252 {
    /// The characters of 0x80–0x9F; 0 where Windows-1252 defines none (read as U+FFFD).
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// `bytes` read as Windows-1252, written as UTF-8.
    ///
    /// - Complexity: O(*n*).
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                result.append(byte)
                continue
            }
            let value = byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
            let scalar = Unicode.Scalar(value == 0 ? 0xFFFD : value) ?? "\u{FFFD}"
            UTF8.encode(scalar) { result.append($0) }
        }
        return result
    }

    /// `bytes` as UTF-8: unchanged when they are UTF-8, else read as Windows-1252; and whether
    /// they were read so.
    static func utf8IfNeeded(_ bytes: [UInt8]) -> (bytes: [UInt8], wasWindows1252: Bool) {
        let valid = bytes.withUnsafeBufferPointer { isValidUTF8($0) }
        return valid ? (bytes, false) : (utf8(bytes), true)
    }

    /// The warning for a spreadsheet file read as Windows-1252.
    static func warning(file: String) -> Diagnostic {
        .warning(
            at: FileLocation(file: file, line: 1, column: 1),
            "the file is not UTF-8; it was read as Windows-1252 (what Excel's \"CSV (semikolondelt)\" writes)",
            hint: "save it as \"CSV UTF-8\" to be sure æ, ø and å read right")
    }
}
