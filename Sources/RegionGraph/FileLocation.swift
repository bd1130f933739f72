/// A position in a data file: file path, 1-based line and 1-based column (in Unicode scalars).
public struct FileLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `Data/fjellregionen.yaml:12:5`
    public var description: String { "\(file):\(line):\(column)" }
}
