/// One file of a report: its path inside the report's folder ("index.html") and its bytes.
///
/// ```swift
/// let file = SiteFile(path: "index.html", text: "<!doctype html>…")
/// ```
public struct SiteFile: Sendable, Hashable {
    /// The path inside the report's folder, `/`-separated; never absolute, never with `..`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
