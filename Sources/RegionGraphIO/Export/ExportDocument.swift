/// One file of an export, not yet written: its name, and how its bytes are written into a
/// ``ByteSink``. ``Exporter`` streams each document into its file; ``file`` gives the same bytes
/// in memory.
///
/// ```swift
/// for document in try Exporter.documents(of: network, as: .neo4j) {
///     try AtomicFile.write(to: "neo4j/" + document.name, document.write)
/// }
/// ```
public struct ExportDocument {
    /// The file's name inside the export folder, such as `nodes.csv`.
    public var name: String
    /// Writes the file's bytes into a sink.
    public let write: (ByteSink) -> Void

    public init(name: String, write: @escaping (ByteSink) -> Void) {
        self.name = name
        self.write = write
    }

    /// A document of bytes already made.
    public init(_ file: ExportFile) {
        self.init(name: file.name) { $0.write(bytes: file.bytes) }
    }

    /// The document made in memory.
    public var file: ExportFile {
        ExportFile(name: name, bytes: ByteSink.collect(write))
    }
}
