/// One file of an export: its name (a plain file name, no folder) and its bytes.
///
/// ```swift
/// let files = try Exporter.files(of: network, as: .csv)
/// files.map(\.name)   // ["documents.csv", "entities.csv", "relations.csv"]
/// ```
public struct ExportFile: Hashable, Sendable {
    /// The file's name inside the export folder, such as `entities.csv`.
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// A file holding `text` as UTF-8, optionally after a byte-order mark.
    public init(name: String, text: String, byteOrderMark: Bool = false) {
        self.name = name
        self.bytes = (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    /// What was written of a file: its name and its size.
    public struct Summary: Hashable, Sendable {
        /// The file's name inside the export folder, such as `entities.csv`.
        public var name: String
        /// The number of bytes written.
        public var byteCount: Int

        public init(name: String, byteCount: Int) {
            self.name = name
            self.byteCount = byteCount
        }
    }
}
