import Foundation
import ZIPFoundation

/// The parts of a workbook's zip archive: found by name in any case (part
/// names in an Office package are not case-sensitive), checked against their checksums, and
/// never larger than ``partLimit`` unpacked, whatever the archive claims.
///
/// ```swift
/// let archive = try WorkbookArchive(bytes)
/// let workbook = try archive.part("xl/workbook.xml")   // nil when there is none
/// ```
struct WorkbookArchive {
    /// The most bytes one part may unpack to: far more than any sheet a person edits.
    static let partLimit = 256 << 20

    private let archive: Archive
    /// The archive's file entries by lower-case name, without a leading `/`.
    private let entries: [String: Entry]
    /// The archive's bytes, and where each file's packed bytes lie in them.
    private let bytes: [UInt8]
    private let directory: WorkbookZipDirectory

    /// Opens the archive in `bytes`.
    ///
    /// - Throws: ``WorkbookError/encryptedOrLegacy`` for an OLE compound file (what Excel
    ///   saves with a password, and `.xls`), ``WorkbookError/notAZipArchive`` for anything
    ///   else that is not a zip archive, ``WorkbookError/damaged(part:reason:)`` when the
    ///   archive's directory cannot be read.
    init(_ bytes: [UInt8]) throws(WorkbookError) {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .encryptedOrLegacy }
        guard bytes.starts(with: [0x50, 0x4B]) else { throw .notAZipArchive }
        // Read from a file, not from memory: ZIPFoundation's in-memory archive (0.9.20) stops
        // the program when a damaged archive points past its end, while a file just ends.
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("regiongraph-workbook-\(UUID().uuidString).xlsx")
        do {
            try Data(bytes).write(to: file)
        } catch {
            throw .damaged(part: nil, reason: "it cannot be copied for reading (\(error.localizedDescription))")
        }
        // The archive keeps the file open; its name is not needed once it is.
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            archive = try Archive(url: file, accessMode: .read)
        } catch {
            throw .damaged(part: nil, reason: "its zip directory cannot be read (\(error))")
        }
        var entries: [String: Entry] = [:]
        var packed: UInt64 = 0
        for entry in archive where entry.type == .file {
            // A size that claims more bytes than the archive holds would have the reader wait
            // for them at the end of the file for ever.
            packed += entry.compressedSize
            guard entry.compressedSize <= UInt64(bytes.count), packed <= UInt64(bytes.count) else {
                throw .damaged(part: entry.path, reason: "it claims \(entry.compressedSize) packed bytes, more than the archive holds")
            }
            entries[Self.key(entry.path)] = entry
        }
        self.entries = entries
        self.bytes = bytes
        directory = try WorkbookZipDirectory(bytes)
    }

    /// The bytes of the part at `path` (`xl/workbook.xml`), or `nil` when the archive has none.
    ///
    /// - Throws: ``WorkbookError/partTooLarge(part:limit:)`` past ``partLimit``,
    ///   ``WorkbookError/damaged(part:reason:)`` when it cannot be unpacked or its checksum is
    ///   wrong.
    func part(_ path: String) throws(WorkbookError) -> Data? {
        guard let entry = entries[Self.key(path)] else { return nil }
        guard entry.uncompressedSize <= UInt64(Self.partLimit) else {
            throw .partTooLarge(part: path, limit: Self.partLimit)
        }
        guard let range = directory.ranges[Self.key(path)], range.count == Int(entry.compressedSize) else {
            throw .damaged(part: path, reason: "its zip directory and its local header disagree")
        }
        var data = Data()
        data.reserveCapacity(min(Int(entry.uncompressedSize), Self.partLimit))
        guard entry.isCompressed else {
            data.append(contentsOf: bytes[range])
            guard data.crc32(checksum: 0) == entry.checksum else {
                throw .damaged(part: path, reason: "its checksum is wrong")
            }
            return data
        }
        // Unpacked from its own bytes only: a stream that does not end within them is
        // damaged (the archive's own reader would wait for more at the end of the file).
        let checksum: CRC32
        do {
            checksum = try Data.decompress(
                size: Int64(range.count), bufferSize: 64 << 10, skipCRC32: false,
                provider: { position, size in
                    let start = range.lowerBound + Int(position)
                    guard start < range.upperBound else { throw StreamDoesNotEnd() }
                    return Data(bytes[start..<min(start + size, range.upperBound)])
                },
                consumer: { chunk in
                    guard data.count + chunk.count <= Self.partLimit else { throw PartTooLarge() }
                    data.append(chunk)
                })
        } catch is PartTooLarge {
            throw .partTooLarge(part: path, limit: Self.partLimit)
        } catch is StreamDoesNotEnd {
            throw .damaged(part: path, reason: "its packed bytes end before its contents do")
        } catch {
            throw .damaged(part: path, reason: "it cannot be unpacked (\(error))")
        }
        guard checksum == entry.checksum else { throw .damaged(part: path, reason: "its checksum is wrong") }
        return data
    }

    /// The bytes of the part at `path`; a workbook without it is damaged.
    func requiredPart(_ path: String) throws(WorkbookError) -> Data {
        guard let data = try part(path) else { throw .missingPart(path) }
        return data
    }

    static func key(_ path: String) -> String {
        String(path.drop { $0 == "/" }).lowercased()
    }

    /// Thrown from the consumer of a part that unpacks to more than the limit.
    private struct PartTooLarge: Error {}

    /// Thrown when a packed stream asks for bytes past its own.
    private struct StreamDoesNotEnd: Error {}
}
