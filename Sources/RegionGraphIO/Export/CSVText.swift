/// RFC 4180 CSV text: fields quoted when they hold a comma, a quote or a line break, quotes
/// doubled, records ended by CRLF.
///
/// Works on Unicode scalars, so a comma or quote followed by a combining mark, or a CRLF line
/// break, is still seen and quoted (comparing `Character`s would miss them).
///
/// ```swift
/// CSVText.record(["roros", "Røros, kommune", "say \"hei\""])
/// // roros,"Røros, kommune","say ""hei"""\r\n
/// ```
public enum CSVText {
    /// One field, quoted when needed.
    public static func field(_ text: String) -> String {
        String(decoding: ByteSink.collect { write(field: text, to: $0) }, as: UTF8.self)
    }

    /// One record: the fields separated by commas, ended by CRLF. With `excelSafe`, each field
    /// is first made ``excelSafe(_:)``.
    public static func record(_ fields: [String], excelSafe: Bool = false) -> String {
        String(decoding: ByteSink.collect { write(record: fields, excelSafe: excelSafe, to: $0) }, as: UTF8.self)
    }

    /// Writes one record, as ``record(_:excelSafe:)`` gives it, into `sink`.
    ///
    /// ```swift
    /// CSVText.write(record: ["roros", "Røros, kommune"], to: sink)   // roros,"Røros, kommune"\r\n
    /// ```
    public static func write(record fields: [String], excelSafe: Bool = false, to sink: ByteSink) {
        for (index, field) in fields.enumerated() {
            if index > 0 { sink.write(byte: UInt8(ascii: ",")) }
            write(field: excelSafe ? Self.excelSafe(field) : field, to: sink)
        }
        sink.write("\r\n")
    }

    /// Writes one field, quoted when it holds a comma, a quote or a line break (all ASCII, so
    /// the UTF-8 bytes tell), into `sink`.
    static func write(field text: String, to sink: ByteSink) {
        var text = text
        text.withUTF8 { bytes in
            let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            guard needsQuotes else { return sink.write(bytes: bytes) }
            sink.write(byte: UInt8(ascii: "\""))
            var start = 0
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\"") {
                sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[start...index]))
                sink.write(byte: UInt8(ascii: "\""))
                start = index + 1
            }
            sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[start...]))
            sink.write(byte: UInt8(ascii: "\""))
        }
    }

    /// `text` as a spreadsheet program shows it rather than runs it: a text that starts with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return (which Excel and LibreOffice take as the
    /// start of a formula) gets an apostrophe in front, which they read as "this is text".
    /// Other texts are unchanged.
    ///
    /// ```swift
    /// CSVText.excelSafe("=HYPERLINK(\"http://x\")")   // "'=HYPERLINK(\"http://x\")"
    /// CSVText.excelSafe("Røros")                       // "Røros"
    /// ```
    public static func excelSafe(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// The characters a spreadsheet takes as the start of a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
