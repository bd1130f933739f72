import RegionGraph

/// Writes a network as a Mermaid flowchart (`flowchart LR`) for Markdown documents: paste it
/// into a ```` ```mermaid ```` block on GitHub, GitLab, Obsidian or a Mermaid-enabled site.
///
/// - Nodes get safe ids in id order (`n1`, `n2`, …) whatever the entity ids hold; the label is
///   the short name, else the name, cut to ``maximumLabelLength`` characters with `…`.
/// - Each kind is a `classDef` in the colours of a ``MermaidStyle`` (the diagrams' Okabe–Ito
///   colours when RegionGraphRendering's `MermaidStyle.diagrams` is given, with dashed borders
///   where the diagrams dash them) and has its own node shape, so a grey-scale print still
///   tells kinds apart.
/// - Edges are labelled with the relation type and the role (`member_of (medlemskommune)`);
///   dashed and dotted relation types are dotted arrows, bold ones thick arrows, and a
///   `linkStyle` gives each type its colour.
///
/// Every label is quoted, and escaped with Mermaid's entity codes (`#34;` for `"`, `#35;` for
/// `#`, `#60;` `#62;` `#38;` for `<` `>` `&`, and `|`, `` ` ``, `:`, `%` likewise) so no text can end
/// a label, start Markdown, HTML, a style or a comment; line breaks become `<br/>`; other control characters
/// are left out, and invisible format characters (bidi controls, zero-width joiners) are
/// written as codes, which Mermaid turns back into the characters.
///
/// Mermaid refuses diagrams of more than 50,000 characters or 500 edges by default; draw a part
/// of a large network (`--kinds`, `--relations`, `--at`).
///
/// ```swift
/// let mermaid = MermaidExporter.text(of: network)
/// // flowchart LR
/// //   n1("Holtålen"):::municipality
/// //   …
/// //   n1 -->|"member_of (medlemskommune)"| n4
/// ```
public enum MermaidExporter {
    /// Labels longer than this many characters are cut, with `…`.
    public static let maximumLabelLength = 120

    /// The Mermaid flowchart for `network`, coloured by `style`; the same network always gives
    /// the same text.
    ///
    /// - Complexity: O(*n* + *m*) in the size of the network, plus sorting.
    public static func text(of network: Network, style: MermaidStyle = .plain) -> String {
        String(decoding: ByteSink.collect { write(network, style: style, to: $0) }, as: UTF8.self)
    }

    /// Writes the flowchart into `sink` line by line: the bytes of ``text(of:style:)``.
    ///
    /// ```swift
    /// try AtomicFile.write(to: "network.mmd") { sink in MermaidExporter.write(network, to: sink) }
    /// ```
    public static func write(_ network: Network, style: MermaidStyle = .plain, to sink: ByteSink) {
        let content = ExportContent(network)
        func line(_ text: String) {
            sink.write(text)
            sink.write(byte: UInt8(ascii: "\n"))
        }
        line("flowchart LR")
        line("  %% regiongraph export: \(content.entities.count) entities, \(content.relationCount) relations")
        var nodeIDs: [EntityID: String] = [:]
        for (index, entity) in content.entities.enumerated() {
            let id = "n\(index + 1)"
            nodeIDs[entity.id] = id
            let (open, close) = shape(entity.kind)
            line("  \(id)\(open)\"\(label(entity.shortName ?? entity.name))\"\(close):::\(entity.kind.rawValue)")
        }
        var linksByType: [RelationType: [Int]] = [:]
        content.forEachRelation { index, relation in
            let text = label(ExportContent.label(of: relation))
            line("  \(nodeIDs[relation.from]!) \(arrow(style.link(relation.type).line))|\"\(text)\"| \(nodeIDs[relation.to]!)")
            linksByType[relation.type, default: []].append(index)
        }
        let kinds = Set(content.entities.map(\.kind)).sorted()
        for kind in kinds {
            let node = style.node(kind)
            var declaration = "  classDef \(kind.rawValue) fill:\(node.fill),stroke:\(node.border),color:#000000"
            switch node.line {
            case .dashed: declaration += ",stroke-dasharray:5 3"
            case .dotted: declaration += ",stroke-dasharray:2 2"
            case .solid, .bold: break
            }
            line(declaration)
        }
        for type in linksByType.keys.sorted() {
            let indices = linksByType[type]!.map(String.init).joined(separator: ",")
            line("  linkStyle \(indices) stroke:\(style.link(type).colour)")
        }
    }

    /// The opening and closing brackets of each kind's node shape.
    static func shape(_ kind: EntityKind) -> (String, String) {
        switch kind {
        case .municipality, .person, .position: ("(", ")")
        case .countyMunicipality, .programme: ("[[", "]]")
        case .region: ("[/", "/]")
        case .regionalCouncil, .board: ("{{", "}}")
        case .forum, .organisation: ("([", "])")
        case .company, .stateAgency: ("[/", "\\]")
        case .institution: ("[(", ")]")
        case .site, .facility: ("[\\", "/]")
        case .event: (">", "]")
        case .project, .plan, .planGoal, .planAction: ("[", "]")
        }
    }

    /// The arrow of each line: dotted for dashed and dotted lines, thick for bold.
    static func arrow(_ line: MermaidStyle.Line) -> String {
        switch line {
        case .dashed, .dotted: "-.->"
        case .bold: "==>"
        case .solid: "-->"
        }
    }

    /// Text safe inside a quoted Mermaid label: cut to ``maximumLabelLength`` characters, then
    /// escaped with entity codes.
    public static func label(_ text: String) -> String {
        var text = text
        if text.count > maximumLabelLength { text = String(text.prefix(maximumLabelLength - 1)) + "…" }
        var result = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n":
                if !previousWasCarriageReturn { result += "<br/>" }
            case "\r", "\u{2028}", "\u{2029}", "\u{85}":
                result += "<br/>"
            case "\t":
                result += " "
            case "\"", "#", "<", ">", "&", "|", "`", ":", "%", "\u{B6}", "\u{FB02}":
                result += "#\(scalar.value);"
            default:
                let category = scalar.properties.generalCategory
                if category == .control || scalar.properties.isNoncharacterCodePoint {
                    continue
                } else if category == .format || category == .privateUse {
                    result += "#\(scalar.value);"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
