import Foundation
import ZIPFoundation

extension WorkbookWriter {
    /// The date of every zip entry: the earliest a zip archive can hold.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// A part of a workbook's archive: its path in the archive, and its bytes, as text or in
    /// a temporary file.
    enum ArchivePart {
        case text(String, String)
        case file(String, String)
    }

    /// Runs `body` with a new temporary folder, removed afterwards whatever happens.
    static func withTemporaryFolder(_ body: (String) throws(Failure) -> Void) throws(Failure) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("regiongraph-workbook-\(UUID().uuidString)").path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(reason: "cannot make a temporary folder: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    /// Writes the temporary file `path` with what `body` writes into a sink.
    static func writeFile(_ path: String, _ body: (ByteSink) -> Void) throws(Failure) {
        do {
            try AtomicFile.write(to: path, durable: false, body)
        } catch {
            throw Failure(reason: error.description)
        }
    }

    /// Zips `parts`, in order, each deflated and dated ``entryDate``, into a temporary archive
    /// in `folder`, then copies the archive into `sink` a piece at a time.
    static func archive(_ parts: [ArchivePart], in folder: String, to sink: ByteSink) throws(Failure) {
        let archivePath = folder + "/workbook.zip"
        do {
            let archive = try Archive(url: URL(fileURLWithPath: archivePath), accessMode: .create)
            for part in parts {
                switch part {
                case .text(let path, let text):
                    let data = Data(text.utf8)
                    try archive.addEntry(
                        with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                        permissions: 0o644, compressionMethod: .deflate
                    ) { position, size in
                        data.subdata(in: Int(position)..<(Int(position) + size))
                    }
                case .file(let path, let file):
                    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
                    defer { try? handle.close() }
                    let size = try handle.seekToEnd()
                    try archive.addEntry(
                        with: path, type: .file, uncompressedSize: Int64(size), modificationDate: entryDate,
                        permissions: 0o644, compressionMethod: .deflate
                    ) { position, size in
                        try handle.seek(toOffset: UInt64(position))
                        return try handle.read(upToCount: size) ?? Data()
                    }
                }
            }
        } catch {
            throw Failure(reason: "\(error)")
        }
        guard let pieces = FilePieces(path: archivePath), var piece = pieces.first() else {
            throw Failure(reason: "the archive cannot be read back")
        }
        while true {
            sink.write(bytes: piece.bytes)
            if piece.isLast { break }
            guard let next = pieces.next(afterUsing: piece.bytes.count) else {
                throw Failure(reason: "the archive cannot be read back")
            }
            piece = next
        }
    }
}
