import Foundation
import RegionGraph
import RegionGraphIO

/// Networks built in code for the export tests: a hostile one, whose text tries to break
/// every format, and which is still a valid dataset, so it must round-trip through the
/// spreadsheet layout.
public enum ExportFixture {
    public static let longName = String(repeating: "Åarjelsaemien tjïelte ", count: 455) + "end"  // 10,008 characters
    public static let markup = #"Holtålen "kommune" <b>&amp;</b> 'x' ]]> <!-- \ back\slash \" tab\#tend"#
    /// What a value may hold of line breaks, tabs and invisible characters; the other control
    /// characters are refused by the readers (see ``forbiddenControls``).
    public static let controls = "line1\nline2\r\nline3\tline4 \u{FFFE} \u{FFFF} \u{200B} zwsp \u{2028} ls"
    /// Control characters no data file may hold, which a network built in code still may: the
    /// exports must not break on them.
    public static let forbiddenControls = "line3\rline4 \u{0} nul \u{1} soh \u{7F} del \u{85} nel \u{1B}[31m"
    public static let bidi = "\u{202E}evil\u{202C} مرحبا بالعالم שלום"
    public static let emoji = "👩‍👩‍👧‍👦 🇳🇴 e\u{301} ,\u{301} ;\u{301}"
    /// A doubled quote before a combining mark: only in sources, which only the full layout reads.
    public static let quoteBeforeCombiningMark = "say \"\u{301}hei\"\u{301}"
    public static let mermaidAttack = "#quot; %% end --> A[x] |pipe| `tick` :::cls ; style x fill:#f00; classDef"
    public static let formula = #"=HYPERLINK("http://example.org","x"),2"#

    public static func date(_ text: String) -> PartialDate { try! PartialDate(parsing: text) }

    public static let documents = documents(controls: controls)

    static func documents(controls: String) -> [SourceDocument] {
        [
            SourceDocument(
                id: "doc-1", title: markup, publisher: "Røros \"kommune\", <Norge> & co", date: date("2022-12-20"),
                note: controls, file: "seeds/røros, \"x\".txt"),
            SourceDocument(id: "doc,2\"<&>", title: emoji + " " + bidi),
        ]
    }

    /// A valid dataset: text a data file may hold, so it round-trips through the spreadsheet
    /// layout.
    public static let hostile = makeHostile(controls: controls)
    /// The network a program may build in code, with control characters no data file may
    /// hold: the exports must keep their structure with them too.
    public static let hostileInCode = makeHostile(controls: controls + " " + forbiddenControls)

    /// The hostile network with `controls` in its notes, descriptions and quotes.
    public static func makeHostile(controls: String) -> Network {
        Network(
            entities: [
                Entity(
                    id: "roros", kind: .municipality, name: "Røros kommune", shortName: "Røros",
                    aliases: ["Rossen tjïelte", "Plassje"],
                    attributes: ["population": "5600", "municipality_number": "0301", "area_km2": "1956.3", "merknad": controls],
                    citations: [Citation(document: "doc-1", quote: markup), Citation(document: "doc,2\"<&>", quote: quoteBeforeCombiningMark)]),
                Entity(
                    id: "holtalen", kind: .municipality, name: markup, shortName: bidi,
                    aliases: ["Hol\u{301}ta\u{30A}len", "مرحبا", emoji], description: controls,
                    attributes: ["population": "2000", "area_km2": "1210"],
                    validity: Validity(start: date("2021-02"), end: date("2024-02")),
                    citations: [Citation(document: "doc-1", quote: "\u{202E}x")]),
                Entity(id: #"ipr,"<&>'"#, kind: .regionalCouncil, name: mermaidAttack, description: longName),
                Entity(id: "p-long", kind: .person, name: longName, shortName: formula),
                Entity(id: "fjellregionen", kind: .region, name: "Fjellregionen \t tab", country: "NO"),
                Entity(id: "forum", kind: .forum, name: emoji, aliases: [formula]),
                Entity(id: "company", kind: .company, name: formula, attributes: ["merknad": markup]),
                Entity(id: "plan", kind: .plan, name: controls, validity: Validity(start: date("2019"), end: date("2020"))),
            ],
            relations: [
                Relation(
                    id: RelationID(rawValue: 0), from: "roros", type: .memberOf, to: #"ipr,"<&>'"#, role: #"medlem, "fast""#,
                    validity: Validity(start: date("2017"), end: date("2022-06")), asOf: date("2015-01-01"), note: controls,
                    citations: [
                        Citation(document: "doc-1", quote: markup), Citation(document: "doc,2\"<&>"),
                        Citation(reference: "https://example.org/a?b=1&c=<2>", quote: quoteBeforeCombiningMark + emoji),
                    ],
                    certainty: .inferred),
                Relation(
                    id: RelationID(rawValue: 1), from: "holtalen", type: .memberOf, to: #"ipr,"<&>'"#, role: mermaidAttack,
                    citations: [Citation(reference: #"brreg, 1420 "x" \"#)]),
                Relation(
                    id: RelationID(rawValue: 2), from: "p-long", type: .holdsPositionIn, to: "roros", role: bidi,
                    citations: [Citation(document: "doc-1", quote: longName)]),
                Relation(
                    id: RelationID(rawValue: 3), from: "p-long", type: .boardMemberOf, to: "forum", note: formula,
                    citations: [Citation(document: "doc-1", quote: "x")]),
                Relation(
                    id: RelationID(rawValue: 4), from: "holtalen", type: .partOf, to: "fjellregionen",
                    citations: [Citation(document: "doc-1", quote: "Holtålen")]),
                Relation(
                    id: RelationID(rawValue: 5), from: "roros", type: .owns, to: "company", role: "eier",
                    validity: Validity(start: date("2020")), citations: [Citation(document: "doc,2\"<&>", quote: controls)]),
                Relation(
                    id: RelationID(rawValue: 6), from: "roros", type: .adopted, to: "plan",
                    citations: [Citation(document: "doc-1", quote: "vedtatt")]),
            ],
            documents: documents(controls: controls))
    }

    /// The package folder, which holds Data/.
    public static let packageFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped data.
    public static func shippedNetwork() throws -> Network {
        try DatasetLoader.load(from: packageFolder.appendingPathComponent("Data").path).get()
    }

    public static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("regiongraph-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
