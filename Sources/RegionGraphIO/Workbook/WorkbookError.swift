/// Why a workbook (`.xlsx`) could not be read at all, as opposed to problems in its cells,
/// which are diagnostics at the cells.
///
/// ```swift
/// do {
///     let sheets = try WorkbookReader.sheets(of: bytes)
/// } catch {
///     print(error)   // the file is not a workbook: an .xlsx file is a zip archive, and this is none
/// }
/// ```
public enum WorkbookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not a zip archive.
    case notAZipArchive
    /// An OLE compound file: a workbook saved with a password (encrypted), or the old `.xls`
    /// format.
    case encryptedOrLegacy
    /// The archive is damaged: its directory or a part cannot be read, or a part's checksum
    /// is wrong.
    case damaged(part: String?, reason: String)
    /// A part the workbook needs is not in the archive.
    case missingPart(String)
    /// A part is larger than a workbook's part may be when unpacked.
    case partTooLarge(part: String, limit: Int)
    /// A part is not well-formed XML.
    case malformedXML(part: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .notAZipArchive:
            "the file is not a workbook: an .xlsx file is a zip archive, and this is none"
        case .encryptedOrLegacy:
            "the workbook is password-protected (encrypted) or in the old .xls format, which cannot be read"
        case .damaged(let part, let reason):
            "the workbook is damaged" + (part.map { " (\($0))" } ?? "") + ": \(reason)"
        case .missingPart(let part):
            "the workbook is damaged: it has no part '\(part)'"
        case .partTooLarge(let part, let limit):
            "the workbook's part '\(part)' is larger than \(limit >> 20) MB unpacked"
        case .malformedXML(let part, let line, let reason):
            "the workbook is damaged: '\(part)' is not well-formed XML (line \(line)): \(reason)"
        }
    }

    /// What to do about it, for a diagnostic's note.
    public var hint: String {
        switch self {
        case .encryptedOrLegacy:
            "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) without a password"
        case .notAZipArchive, .damaged, .missingPart, .malformedXML:
            "open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx)"
        case .partTooLarge:
            "split the data over several workbooks, or save it as CSV files"
        }
    }
}
