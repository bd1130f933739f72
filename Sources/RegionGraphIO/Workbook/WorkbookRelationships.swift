import Foundation

/// The relationships of a part of a workbook's package (`xl/_rels/workbook.xml.rels`): which
/// part each relationship id points to, and of what type.
///
/// ```swift
/// let relationships = try WorkbookRelationships(of: "xl/workbook.xml", in: archive)
/// relationships.target(ofType: "sharedStrings")   // "xl/sharedStrings.xml"
/// ```
struct WorkbookRelationships {
    struct Relationship {
        /// The last segment of its type URI: `officeDocument`, `worksheet`, `sharedStrings`.
        var type: String
        /// The part it points to, as a path in the archive.
        var target: String
    }

    private(set) var byID: [String: Relationship] = [:]
    /// Ids in the order they are written.
    private(set) var ids: [String] = []

    /// The relationships of the part `source` (`""` for the package's own, `_rels/.rels`);
    /// none when it has no relationships part.
    init(of source: String, in archive: WorkbookArchive) throws(WorkbookError) {
        let folder = source.split(separator: "/").dropLast().joined(separator: "/")
        let name = source.split(separator: "/").last.map(String.init) ?? ""
        let path = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let data = try archive.part(path) else { return }
        let reader = Reader()
        try reader.read(data, part: path)
        for (id, type, target) in reader.found where byID[id] == nil {
            byID[id] = Relationship(type: type, target: Self.resolve(target, from: folder))
            ids.append(id)
        }
    }

    /// The part the first relationship of `type` points to.
    func target(ofType type: String) -> String? {
        ids.lazy.compactMap { self.byID[$0] }.first { $0.type == type }?.target
    }

    /// `target` as a path in the archive: relative to `folder`, or absolute (`/xl/…`).
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }

    private final class Reader: WorkbookXMLReader {
        var found: [(id: String, type: String, target: String)] = []

        override func start(_ name: Substring, attributes: [String: String]) {
            guard name == "Relationship",
                let id = WorkbookXMLReader.attribute("Id", in: attributes),
                let type = WorkbookXMLReader.attribute("Type", in: attributes),
                let target = WorkbookXMLReader.attribute("Target", in: attributes),
                WorkbookXMLReader.attribute("TargetMode", in: attributes) != "External"
            else { return }
            found.append((id, String(type.split(separator: "/").last ?? ""), target))
        }
    }
}
