import Foundation
import RegionGraph

/// The fields of the current row as a reader takes them: their bytes, their text, where they
/// are (line and column), or the whole row as a ``CSVReader/Row``.
extension CSVScanner {
    /// The column (in Unicode scalars, from 1) of the byte at `position` on the line that
    /// starts at `lineStart`.
    ///
    /// - Complexity: O(*k*) for *k* bytes before `position` on the line, counted eight at a time.
    func column(at position: Int, lineStart: Int) -> Int {
        var scalars = 1
        var cursor = lineStart
        if position - cursor >= 8, let base = bytes.baseAddress {
            // Every byte begins a scalar but those of the form 10xxxxxx: in each word, the
            // bytes whose top bit is set and whose next bit is not.
            let highs: UInt64 = 0x8080_8080_8080_8080
            let raw = UnsafeRawPointer(base)
            while cursor + 8 <= position {
                let word = raw.loadUnaligned(fromByteOffset: cursor, as: UInt64.self)
                scalars += 8 - (word & ~(word << 1) & highs).nonzeroBitCount
                cursor += 8
            }
        }
        while cursor < position {
            if bytes[cursor] & 0xC0 != 0x80 { scalars += 1 }
            cursor += 1
        }
        return scalars
    }

    func location(of field: Field, line: Int) -> FileLocation {
        FileLocation(file: file, line: line, column: column(at: field.position, lineStart: field.lineStart))
    }

    /// The text of a field, as `CSVReader` decodes it: doubled quotes undone, bytes that are
    /// not UTF-8 replaced.
    func text(of field: Field) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        guard field.unescape else { return String(decoding: slice, as: UTF8.self) }
        guard isValidUTF8 else {
            return String(decoding: slice, as: UTF8.self).replacingOccurrences(of: "\"\"", with: "\"")
        }
        // A quote is ASCII, never part of a longer UTF-8 sequence: undoing the doubling on the
        // bytes gives the same text as on the string.
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(slice.count)
        var index = 0
        while index < slice.count {
            let byte = slice[index]
            unescaped.append(byte)
            index += byte == Self.quote && index + 1 < slice.count && slice[index + 1] == Self.quote ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// The bytes of a field (with doubled quotes when `unescape`).
    @inline(__always)
    func slice(of field: Field) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
    }

    /// The current row as `CSVReader` returns it.
    func row() -> CSVReader.Row {
        var texts: [String] = []
        texts.reserveCapacity(fields.count)
        var columns: [Int] = []
        columns.reserveCapacity(fields.count)
        for field in fields {
            texts.append(text(of: field))
            columns.append(column(at: field.position, lineStart: field.lineStart))
        }
        return CSVReader.Row(fields: texts, line: rowLine, columns: columns)
    }
}
