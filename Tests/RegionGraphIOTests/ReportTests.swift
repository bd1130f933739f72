import RegionGraph
import Synchronization
import Testing
@testable import RegionGraphIO

@Suite struct ReportTests {
    let report = Report(
        title: "Members of Destinasjon Røros",
        columns: ["Name", "Kind", "Role"],
        rows: [
            Report.Row(cells: ["Holtålen kommune", "municipality", "eier"], sources: ["Doc: \"q1\""],
                       object: .object([("id", "holtalen")])),
            Report.Row(cells: ["Os", "municipality", "a, \"b\" | c"], sources: ["Doc: \"q2\""],
                       object: .object([("id", "os")])),
        ],
        footer: ["2 members"])

    @Test func textIsAnAlignedTableWithOptionalSources() {
        #expect(report.rendered(as: .text) == """
            Members of Destinasjon Røros
            NAME              KIND          ROLE
            Holtålen kommune  municipality  eier
            Os                municipality  a, "b" | c
            2 members

            """)
        #expect(report.rendered(as: .text, showSources: true).contains("eier\n    source: Doc: \"q1\"\nOs"))
    }

    /// Starts with a byte-order mark, so that Excel reads æ, ø and å as UTF-8.
    @Test func csvQuotesWhatNeedsQuoting() {
        #expect(report.rendered(as: .csv, showSources: true) ==
            "\u{FEFF}Name,Kind,Role,sources\r\nHoltålen kommune,municipality,eier,\"Doc: \"\"q1\"\"\"\r\nOs,municipality,\"a, \"\"b\"\" | c\",\"Doc: \"\"q2\"\"\"\r\n")
    }

    @Test func markdownEscapesPipes() {
        #expect(report.rendered(as: .markdown).contains("| Os | municipality | a, \"b\" \\| c |"))
    }

    @Test func jsonIsTheArrayOfRowObjects() {
        #expect(report.rendered(as: .json) == "[\n  {\n    \"id\": \"holtalen\"\n  },\n  {\n    \"id\": \"os\"\n  }\n]\n")
    }

    @Test func jsonEscapesControlCharactersQuotesAndBackslashes() {
        let value: JSONValue = .object([("name", .string("Rådet \"A\"\\\n\t\u{1}"))])
        #expect(value.serialized() == "{\n  \"name\": \"Rådet \\\"A\\\"\\\\\\n\\t\\u0001\"\n}\n")
    }

    @Test func textCellsCannotCarryTerminalControlCharacters() {
        let hostile = Report(columns: ["Name"], rows: [
            Report.Row(cells: ["A\u{1B}[31mred\tx\nsecond line"], object: .null)
        ])
        #expect(hostile.rendered(as: .text) == "NAME\nA [31mred x\n")
    }

    /// A row's JSON object made on demand is made only for JSON, every time it is asked for,
    /// and a new object set on the row replaces it.
    @Test func aRowsObjectIsMadeOnlyWhenAskedFor() {
        let made = Mutex(0)
        var row = Report.Row(cells: ["Røros kommune"]) {
            made.withLock { $0 += 1 }
            return .object([("id", .string("roros"))])
        }
        let report = Report(columns: ["Name"], rows: [row])
        _ = report.rendered(as: .text)
        _ = report.rendered(as: .csv)
        _ = report.rendered(as: .markdown)
        #expect(made.withLock { $0 } == 0)
        #expect(report.rendered(as: .json) == "[\n  {\n    \"id\": \"roros\"\n  }\n]\n")
        #expect(made.withLock { $0 } == 1)
        row.object = .object([("id", .string("os"))])
        #expect(row.object == .object([("id", .string("os"))]))
        #expect(made.withLock { $0 } == 1)
    }

    /// Every control character, C0 and C1, becomes a space wherever it is, and only the first
    /// line is kept; a cell without either comes back as it is.
    @Test func aCellsFirstLineHasNoControlCharacter() {
        let controls = (0x00...0x1F).map { Unicode.Scalar($0)! } + (0x7F...0x9F).map { Unicode.Scalar($0)! }
        for control in controls where control != "\n" {
            #expect(Report.firstLine("Rådet\(control)Røros") == "Rådet Røros", "U+\(String(control.value, radix: 16))")
            #expect(Report.firstLine("\(control)") == " ")
        }
        #expect(Report.firstLine("Bergstaden\nandre linje") == "Bergstaden")
        for text in ["Rossen tjïelte", "Tolga § 5 · 2°C «Nord»", "", "a,b \"c\""] {
            #expect(Report.firstLine(text) == text)
        }
    }
}
