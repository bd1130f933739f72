/// One problem found in the data, with where it is and what to do about it.
///
/// Its description is the line a compiler would print:
/// `Data/fjellregionen.yaml:12:5: error: unknown entity 'holtaalen' (did you mean 'holtalen'?)`
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error
        case warning
        /// Not a problem: something worth knowing about the data (an inferred relation), which
        /// `validate --strict` lists.
        case note
    }

    public var severity: Severity
    public var location: FileLocation?
    public var message: String
    /// What to do about it, printed on a `note:` line of its own.
    public var hint: String?

    public init(
        _ severity: Severity, at location: FileLocation?, _ message: String, hint: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(
        at location: FileLocation?, _ message: String, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(
        at location: FileLocation?, _ message: String, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        var text = "\(prefix)\(severity.rawValue): \(message)"
        if let hint { text += "\n\(prefix)note: \(hint)" }
        return text
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, sheet, line (row) and column; problems without a place come first, and
    /// those of a workbook as a whole before those of its sheets.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let left = lhs.location.map { ($0.file, $0.sheet ?? "", $0.line, $0.column) } ?? ("", "", 0, 0)
        let right = rhs.location.map { ($0.file, $0.sheet ?? "", $0.line, $0.column) } ?? ("", "", 0, 0)
        if left != right { return left < right }
        return lhs.message < rhs.message
    }
}

/// The problems that stop a dataset from loading: every one found, not just the first.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
