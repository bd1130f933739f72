/// A position in a data file: file path, 1-based line and 1-based column (in Unicode scalars);
/// or, in a workbook, a cell of one of its sheets.
///
/// A cell keeps its row in ``line`` and its column number (A = 1) in ``column``, and prints as
/// a spreadsheet names it:
///
/// ```swift
/// FileLocation(file: "Data/fjellregionen.yaml", line: 12, column: 5).description   // Data/fjellregionen.yaml:12:5
/// FileLocation(file: "Nettverk.xlsx", sheet: "relations", row: 7, column: 3).description   // Nettverk.xlsx:relations!C7
/// ```
public struct FileLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    /// The worksheet of a workbook the location is in, or `nil` in a text file.
    public var sheet: String?
    /// The line; in a sheet, the row.
    public var line: Int
    /// The column; in a sheet, its number (A = 1, Z = 26, AA = 27).
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The cell in `row` and `column` (A = 1) of `sheet` in the workbook `file`.
    public init(file: String, sheet: String, row: Int, column: Int) {
        self.init(file: file, line: row, column: column)
        self.sheet = sheet
    }

    /// The file, or the sheet of a workbook, the location is in.
    public var origin: Origin { Origin(file: file, sheet: sheet) }

    /// The location at `line` and `column` of `origin`: a cell when `origin` is a sheet.
    public init(_ origin: Origin, line: Int, column: Int) {
        self.init(file: origin.file, line: line, column: column)
        self.sheet = origin.sheet
    }

    /// `Data/fjellregionen.yaml:12:5`, or `Nettverk.xlsx:relations!C7` for a cell (a sheet
    /// name that is not a plain word is quoted, as in Excel: `'Ark 1'!C7`).
    public var description: String {
        guard let sheet else { return "\(file):\(line):\(column)" }
        return "\(file):\(Self.sheetReference(sheet))!\(Self.columnName(column))\(line)"
    }

    /// The letters of a column number: 1 → `A`, 26 → `Z`, 27 → `AA`; `A` for numbers below 1.
    ///
    /// ```swift
    /// FileLocation.columnName(3)   // "C"
    /// ```
    public static func columnName(_ number: Int) -> String {
        var number = max(1, number)
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// A sheet name as a cell reference writes it: as it is when it is letters, digits and `_`
    /// (not starting with a digit), else in apostrophes, with an apostrophe in it doubled.
    static func sheetReference(_ sheet: String) -> String {
        let plain = !sheet.isEmpty && sheet.unicodeScalars.first.map { !("0"..."9").contains($0) } == true
            && sheet.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        guard !plain else { return sheet }
        return "'" + sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    /// What a location is in: a file, or one sheet of a workbook.
    ///
    /// ```swift
    /// let cell = FileLocation(file: "Nettverk.xlsx", sheet: "relations", row: 7, column: 3)
    /// cell.origin   // Origin(file: "Nettverk.xlsx", sheet: "relations")
    /// ```
    public struct Origin: Hashable, Sendable {
        public var file: String
        /// The worksheet, or `nil` for a text file.
        public var sheet: String?

        public init(file: String, sheet: String? = nil) {
            self.file = file
            self.sheet = sheet
        }
    }
}
