import RegionGraph
import RegionGraphDiagrams
import RegionGraphIO

/// Reads the declarative views file (`Graphs/views.yaml`): one entry per standard diagram.
///
/// ```yaml
/// views:
///   - name: green-flyway
///     title: Green Flyway – prosjekteiere og partnere
///     scope: participants        # overview | members | participants | neighbourhood | network | plan
///     focus: green-flyway        # one id or a list (neighbourhood)
///     depth: 1                   # neighbourhood only
///     kinds: [municipality, company]
///     relations: [owns, participates_in]
///     layout: dot
///     page: a4                   # a4 | a4-portrait | a4-landscape | a3 …
///     split: kind                # region (overview) | goal (plan) | kind | relation
/// ```
public enum ViewsFileReader {
    static let keys = ["name", "title", "scope", "focus", "depth", "kinds", "relations", "layout", "page", "split"]

    /// The views of a views file, or every problem found, each with file, line and column.
    public static func read(_ text: String, file: String) -> Result<[DiagramView], DatasetError> {
        var problems: [Diagnostic] = []
        var views: [DiagramView] = []
        func at(_ node: YAMLNode) -> FileLocation {
            FileLocation(file: file, line: node.mark.line, column: node.mark.column)
        }
        func fail(_ node: YAMLNode, _ message: String, hint: String? = nil) {
            problems.append(.error(at: at(node), message, hint: hint))
        }
        let root: YAMLNode?
        do {
            root = try YAMLNode.document(in: text, file: file)
        } catch {
            return .failure(error)
        }
        guard let root, case .mapping(let top, _) = root,
              let list = top.first(where: { $0.key.scalar?.string == "views" })?.value,
              case .sequence(let items, _) = list
        else {
            return .failure(DatasetError(diagnostics: [
                .error(at: FileLocation(file: file, line: 1, column: 1), "the views file must hold 'views:', a list of views")
            ]))
        }
        var names = Set<String>()
        var nameNodes: [String: YAMLNode] = [:]
        for item in items {
            guard case .mapping(let mapping, _) = item else {
                fail(item, "a view must be a mapping of keys to values")
                continue
            }
            var fields: [String: YAMLNode] = [:]
            for (key, value) in mapping {
                guard let name = key.scalar?.string, keys.contains(name) else {
                    let shown = key.scalar?.string
                    fail(key, "unknown key '\(shown ?? "?")' in a view\(Suggestions.didYouMean(shown ?? "", among: keys))",
                         hint: "keys are: \(keys.joined(separator: ", "))")
                    continue
                }
                fields[name] = value
            }
            func string(_ key: String) -> String? { fields[key]?.scalar?.string }
            func strings(_ key: String) -> [(String, YAMLNode)]? {
                guard let node = fields[key] else { return nil }
                if case .sequence(let sequence, _) = node { return sequence.compactMap { n in n.scalar.map { ($0.string, n) } } }
                return node.scalar.map { [($0.string, node)] }
            }
            guard let name = string("name"), !name.isEmpty else { fail(item, "a view has no 'name'"); continue }
            guard name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
                fail(fields["name"]!, "view name '\(name)' must be lower case letters, digits and '-'", hint: "it becomes the file name")
                continue
            }
            guard names.insert(name).inserted else { fail(fields["name"]!, "duplicate view name '\(name)'"); continue }
            /// The value `key` names (`fallback` when it is absent), or `nil` after reporting
            /// an unknown name where it stands.
            func named<Named: CaseIterable & RawRepresentable>(
                _ key: String, _ type: Named.Type, noun: String, fallback: String? = nil
            ) -> Named?? where Named.RawValue == String {
                guard let text = string(key) ?? fallback else { return .some(nil) }
                do {
                    return .some(try UnknownName.value(text, of: type, noun: noun))
                } catch {
                    fail(fields[key] ?? item, error.description, hint: error.hint)
                    return nil
                }
            }
            let scopeText = string("scope") ?? "neighbourhood"
            guard let scopeKind = named("scope", DiagramView.Scope.Kind.self, noun: "scope", fallback: scopeText).flatMap({ $0 }),
                  let layout = named("layout", DiagramLayout.self, noun: "layout", fallback: "dot").flatMap({ $0 }),
                  let page = named("page", Page.self, noun: "page"),
                  let split = named("split", DiagramView.Split.self, noun: "split")
            else { continue }
            if let named = split {
                let splitText = named.rawValue
                guard named.applies(to: scopeKind) else {
                    let fitting = DiagramView.Split.allCases.filter { $0.applies(to: scopeKind) }.map(\.rawValue)
                    fail(fields["split"]!, "a view of scope \(scopeText) cannot be split by \(splitText)",
                         hint: fitting.isEmpty ? "a \(scopeText) view is drawn on one page" : "use split: \(fitting.joined(separator: " or "))")
                    continue
                }
            }
            var ok = true
            var kinds: Set<EntityKind>?
            if let list = strings("kinds") {
                kinds = []
                for (text, node) in list {
                    if let kind = EntityKind(parsing: text) { kinds!.insert(kind) } else {
                        fail(node, "unknown kind '\(text)'\(Suggestions.didYouMean(text, among: EntityKind.acceptedSpellings))")
                        ok = false
                    }
                }
            }
            var types: Set<RelationType>?
            if let list = strings("relations") {
                types = []
                for (text, node) in list {
                    if let type = RelationType(parsing: text) { types!.insert(type) } else {
                        fail(node, "unknown relation type '\(text)'\(Suggestions.didYouMean(text, among: RelationType.allCases.map(\.rawValue)))")
                        ok = false
                    }
                }
            }
            let focus = (strings("focus") ?? []).map { EntityID($0.0) }
            var depth = 1
            if let node = fields["depth"] {
                guard let value = node.scalar.flatMap({ Int($0.string) }), (0...6).contains(value) else {
                    fail(node, "depth must be a whole number from 0 to 6")
                    continue
                }
                depth = value
            }
            guard let scope = DiagramView.Scope(scopeKind, focus: focus, depth: depth) else {
                if focus.isEmpty {
                    fail(item, "view '\(name)' needs 'focus:' for scope \(scopeText)")
                } else {
                    fail(fields["focus"]!, "scope \(scopeText) takes one focus entity")
                }
                continue
            }
            guard ok else { continue }
            views.append(DiagramView(
                name: name, title: string("title") ?? name, scope: scope, kinds: kinds,
                relations: types, layout: layout, page: page, split: split))
            nameNodes[name] = fields["name"]
        }
        // A split view writes NAME-1.svg, NAME-2.svg …: no other view may be named so.
        for view in views {
            guard let dash = view.name.lastIndex(of: "-"),
                  view.name[view.name.index(after: dash)...].allSatisfy(\.isNumber),
                  view.name.index(after: dash) < view.name.endIndex
            else { continue }
            let base = String(view.name[..<dash])
            if let other = views.first(where: { $0.name == base && $0.split != nil }), let node = nameNodes[view.name] {
                fail(node, "view name '\(view.name)' is the name of a page of view '\(other.name)', which is split",
                     hint: "rename the view")
            }
        }
        return problems.isEmpty ? .success(views) : .failure(DatasetError(diagnostics: problems.sorted()))
    }
}
