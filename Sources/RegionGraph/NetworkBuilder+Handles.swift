extension NetworkBuilder {
    /// A valid entity, by its position in the network a builder makes (the place of its id in
    /// id order).
    ///
    /// Only a builder makes positions: ``NetworkBuilder/position(of:)`` and
    /// ``NetworkBuilder/entityPositions`` hand them out, and ``NetworkBuilder/addIfPlain(_:at:)``
    /// takes them back. A position is good for the builder that made it only.
    ///
    /// ```swift
    /// let roros = builder.position(of: "roros")   // nil when no valid entity has that id
    /// ```
    public struct EntityPosition: Hashable, Comparable, Sendable {
        /// The position in the builder's entities (their id order).
        let rawValue: Int32

        init(_ position: Int) { rawValue = Int32(truncatingIfNeeded: position) }

        /// The position as an index into the builder's arrays.
        @inline(__always) var index: Int { Int(rawValue) }

        public static func < (lhs: EntityPosition, rhs: EntityPosition) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A data file, by the number a builder gave it: relations added by the million keep their
    /// file as this number, not as a path.
    ///
    /// ```swift
    /// let file = builder.fileNumber(for: "net/relations.csv")
    /// let place = NetworkBuilder.Location(file: file, line: 2, column: 1)
    /// ```
    public struct FileNumber: Hashable, Sendable {
        /// The file's place in the builder's list of paths.
        let rawValue: Int32
    }

    /// Where a relation was read, in 12 bytes: its file's number, its 1-based line and column.
    ///
    /// Lines and columns past 2³¹ − 1 are not kept exactly.
    public struct Location: Hashable, Sendable {
        /// The file's number, or -1 for a relation read from no file.
        let file: Int32
        let line: Int32
        let column: Int32

        /// The place at `line` and `column` (1-based; the column in Unicode scalars) of `file`.
        public init(file: FileNumber, line: Int, column: Int) {
            self.init(file: file.rawValue, line: line, column: column)
        }

        init(file: Int32, line: Int, column: Int) {
            self.file = file
            self.line = Int32(truncatingIfNeeded: line)
            self.column = Int32(truncatingIfNeeded: column)
        }

        /// The location of a relation read from no file.
        static let unknown = Location(file: -1, line: 0, column: 0)
    }
}
