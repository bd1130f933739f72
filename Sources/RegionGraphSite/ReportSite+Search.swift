import RegionGraph
import RegionGraphIO

extension ReportSite {
    /// The data the search box reads: per entity, by name in Norwegian order, its link, name,
    /// kind, and each name it can be found by (official, short, aliases, id) with that name's
    /// keys, folded in Swift as the command line folds them: `[link, name, kind, [[name,
    /// matchKey, looseKey], …]]`. The script folds only the query.
    ///
    /// ```json
    /// [["entity-roros.html","Røros kommune","kommune",[["Røros kommune","roros kommune","roros kommune"],…]]]
    /// ```
    func searchIndex() -> String {
        let entries: [JSONValue] = network.entities.sorted { precedesByName($0.id, $1.id) }.map { entity in
            var names: [JSONValue] = []
            var seen = Set<String>()
            for name in entity.allNames + [entity.id.rawValue] where seen.insert(name).inserted {
                names.append([.string(name), .string(TextFolding.matchKey(name)), .string(TextFolding.looseKey(name))])
            }
            return [
                .string(links.entity(entity.id)), .string(entity.name),
                .string(entity.kind.label(in: language)), .array(names),
            ]
        }
        return JSONValue.array(entries).compactSerialized()
    }
}
