import RegionGraph

/// How entity kinds and relation types are drawn: shapes, fills, borders and line styles
/// chosen from the Okabe–Ito colour-blind-safe palette, and told apart by shape and line
/// style too, so a grey-scale print still separates them.
public enum DiagramStyle {
    /// The Okabe–Ito palette.
    public enum Palette {
        public static let black = "#000000"
        public static let orange = "#E69F00"
        public static let skyBlue = "#56B4E9"
        public static let bluishGreen = "#009E73"
        public static let yellow = "#F0E442"
        public static let blue = "#0072B2"
        public static let vermillion = "#D55E00"
        public static let reddishPurple = "#CC79A7"
        public static let grey = "#707070"
    }

    /// How one entity kind is drawn.
    public struct NodeStyle: Hashable, Sendable {
        public var shape: String
        public var fill: String
        public var border: String
        public var style: String
        public var peripheries: Int
    }

    /// How one relation type is drawn.
    public struct EdgeStyle: Hashable, Sendable {
        public var colour: String
        public var style: String
        public var arrowhead: String
        public var penwidth: Double
    }

    /// The style of each entity kind. Fills are light tints of the palette (dark text stays
    /// legible on them, and they print as distinct greys); borders carry the full colour. No
    /// two kinds share fill, border colour and border style, so every legend swatch is its own.
    public static func node(_ kind: EntityKind) -> NodeStyle {
        switch kind {
        case .municipality:
            NodeStyle(shape: "box", fill: "#D4ECFA", border: Palette.blue, style: "rounded,filled", peripheries: 1)
        case .countyMunicipality:
            NodeStyle(shape: "box", fill: "#B3DAF2", border: Palette.blue, style: "filled", peripheries: 2)
        case .region:
            NodeStyle(shape: "tab", fill: "#EAEAEA", border: Palette.grey, style: "filled", peripheries: 1)
        case .regionalCouncil:
            NodeStyle(shape: "hexagon", fill: "#FBE3B0", border: Palette.orange, style: "filled", peripheries: 1)
        case .forum:
            NodeStyle(shape: "ellipse", fill: "#C9EDE0", border: Palette.bluishGreen, style: "filled", peripheries: 1)
        case .company:
            NodeStyle(shape: "component", fill: "#F6D2E5", border: Palette.reddishPurple, style: "filled", peripheries: 1)
        case .project:
            NodeStyle(shape: "box", fill: "#FAF6C4", border: "#8F8600", style: "filled,diagonals", peripheries: 1)
        case .programme:
            NodeStyle(shape: "box3d", fill: "#EDE59A", border: "#8F8600", style: "filled", peripheries: 1)
        case .plan:
            NodeStyle(shape: "note", fill: "#FFFFFF", border: Palette.black, style: "filled", peripheries: 1)
        case .planGoal:
            NodeStyle(shape: "note", fill: "#FFFFFF", border: Palette.grey, style: "filled", peripheries: 1)
        case .planAction:
            NodeStyle(shape: "box", fill: "#FFFFFF", border: Palette.grey, style: "filled,dashed", peripheries: 1)
        case .board:
            NodeStyle(shape: "octagon", fill: "#FBE3B0", border: Palette.orange, style: "filled,dashed", peripheries: 1)
        case .stateAgency:
            NodeStyle(shape: "house", fill: "#F8D3BC", border: Palette.vermillion, style: "filled", peripheries: 1)
        case .institution:
            NodeStyle(shape: "cylinder", fill: "#FFFFFF", border: Palette.vermillion, style: "filled", peripheries: 1)
        case .organisation:
            NodeStyle(shape: "ellipse", fill: "#FFFFFF", border: Palette.bluishGreen, style: "filled,dashed", peripheries: 1)
        case .facility:
            NodeStyle(shape: "cds", fill: "#D0D0D0", border: Palette.black, style: "filled", peripheries: 1)
        case .site:
            NodeStyle(shape: "invtrapezium", fill: "#DDEFD6", border: Palette.bluishGreen, style: "filled", peripheries: 1)
        case .event:
            NodeStyle(shape: "doubleoctagon", fill: "#FFFFFF", border: Palette.reddishPurple, style: "filled", peripheries: 1)
        case .person:
            NodeStyle(shape: "box", fill: "#FFFFFF", border: Palette.black, style: "rounded,filled,dotted", peripheries: 1)
        case .position:
            NodeStyle(shape: "box", fill: "#EFEFEF", border: Palette.grey, style: "rounded,filled,dotted", peripheries: 1)
        }
    }

    /// The style of each relation type: colour, line style and arrowhead all differ between
    /// the common types.
    public static func edge(_ type: RelationType) -> EdgeStyle {
        switch type {
        case .memberOf: EdgeStyle(colour: Palette.blue, style: "solid", arrowhead: "normal", penwidth: 1.4)
        case .partOf: EdgeStyle(colour: Palette.grey, style: "dashed", arrowhead: "empty", penwidth: 1.0)
        case .owns: EdgeStyle(colour: Palette.reddishPurple, style: "bold", arrowhead: "diamond", penwidth: 2.0)
        case .participatesIn: EdgeStyle(colour: Palette.bluishGreen, style: "solid", arrowhead: "vee", penwidth: 1.2)
        case .partnerOf: EdgeStyle(colour: Palette.bluishGreen, style: "dotted", arrowhead: "odot", penwidth: 1.4)
        case .secretariatFor: EdgeStyle(colour: Palette.orange, style: "dashed", arrowhead: "box", penwidth: 1.4)
        case .leads: EdgeStyle(colour: Palette.black, style: "bold", arrowhead: "dot", penwidth: 1.8)
        case .boardMemberOf: EdgeStyle(colour: Palette.black, style: "solid", arrowhead: "obox", penwidth: 1.2)
        case .responsibleFor: EdgeStyle(colour: Palette.vermillion, style: "solid", arrowhead: "tee", penwidth: 1.2)
        case .representedIn: EdgeStyle(colour: Palette.orange, style: "solid", arrowhead: "onormal", penwidth: 1.4)
        case .locatedIn: EdgeStyle(colour: Palette.grey, style: "dotted", arrowhead: "inv", penwidth: 1.0)
        case .funds: EdgeStyle(colour: Palette.vermillion, style: "dashed", arrowhead: "diamond", penwidth: 1.2)
        case .hosts: EdgeStyle(colour: Palette.grey, style: "dashed", arrowhead: "odiamond", penwidth: 1.0)
        case .adopted: EdgeStyle(colour: Palette.black, style: "dashed", arrowhead: "normal", penwidth: 1.0)
        case .advises: EdgeStyle(colour: Palette.skyBlue, style: "dashed", arrowhead: "vee", penwidth: 1.4)
        case .initiated: EdgeStyle(colour: Palette.vermillion, style: "dotted", arrowhead: "normal", penwidth: 1.2)
        case .holdsPositionIn: EdgeStyle(colour: Palette.black, style: "dotted", arrowhead: "obox", penwidth: 1.0)
        case .concerns: EdgeStyle(colour: Palette.skyBlue, style: "dotted", arrowhead: "empty", penwidth: 1.4)
        case .succeededBy: EdgeStyle(colour: Palette.reddishPurple, style: "dashed", arrowhead: "normalnormal", penwidth: 1.4)
        }
    }

    /// A light tint of a `#RRGGBB` colour (three parts white to one part colour): a cell
    /// background on which black text stays legible, and which prints as a light grey.
    public static func tint(of colour: String) -> String {
        let hex = colour.dropFirst()
        guard colour.hasPrefix("#"), hex.count == 6, let value = Int(hex, radix: 16) else { return "#F2F2F2" }
        let parts = [value >> 16, (value >> 8) & 0xFF, value & 0xFF].map { (3 * 255 + $0) / 4 }
        return "#" + parts.map { part in
            let text = String(part, radix: 16, uppercase: true)
            return text.count == 1 ? "0" + text : text
        }.joined()
    }

    /// The alpha appended to an inferred relation's colour: half transparent, so the line is
    /// faint beside the stated ones.
    public static let inferredOpacity = "80"

    /// The font every label uses; DejaVu Sans has æ ø å and the South Sami letters.
    public static let fontName = "DejaVu Sans"
}
