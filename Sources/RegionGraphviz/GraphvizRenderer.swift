/// Renders DOT text through ``GraphvizCalls``, under ``GraphvizLock``: what ``Graphviz`` asks of
/// Graphviz's C library.
///
/// Each render owns what it allocates and frees it on every path, in reverse order:
/// the rendered data (`gvFreeRenderData`), the layout (`gvFreeLayout`), the graph (`agclose`),
/// the context (`gvFreeContext`) and the disciplines.
///
/// Each render is also independent of every render before it, in this process or another;
/// otherwise the same DOT text would not always give the same bytes:
///
/// - Object IDs come from counters (``SequentialIDs``), not from string addresses, so clusters
///   are laid out in the order the text gives them.
/// - Graph objects lie in memory in creation order (``GraphArena``), so engines that order by
///   address (fdp) see the same order every time.
/// - libc's random number generators start from their initial state
///   (``GraphvizCalls/resetRandomNumbers()``), as in a new process (sfdp draws before it seeds).
/// - Graphviz's font caches are pointed away from the context's font names before the context
///   is freed (``GraphvizCalls/resetTextMeasurement(_:)``, `cgraphviz_reset_text_measurement`),
///   so no render measures text with the font of the one before.
/// - The scanner is drained to the end of the text (``read(_:with:)``), so no input is left
///   for the next render, and line numbers start at 1 (`agsetfile`).
/// - Messages and Graphviz's error level are cleared before and after
///   (``GraphvizLock/locked(_:)``).
enum GraphvizRenderer {
    // MARK: Rendering

    /// Renders `dot` with the layout and format named as Graphviz names them.
    ///
    /// Names are checked by Graphviz itself, so an unknown name fails with
    /// ``GraphvizError/Kind/unknownLayout`` or ``GraphvizError/Kind/unknownFormat``.
    static func render(dot: String, layout: String, format: String) throws(GraphvizError) -> [UInt8] {
        try GraphvizLock.locked { () throws(GraphvizError) -> [UInt8] in
            guard let context = GraphvizCalls.newContext() else {
                throw GraphvizLock.failure(.renderFailed, otherwise: "Graphviz could not create a context")
            }
            defer {
                // Before the context's font names are freed, point Graphviz's font caches at a
                // name that is never freed, so that no render reads (or trusts) a stale one.
                GraphvizCalls.resetTextMeasurement(context)
                GraphvizCalls.freeContext(context)
            }

            let discipline = GraphvizCalls.makeDiscipline()
            defer { GraphvizCalls.freeDiscipline(discipline) }  // after agclose: the graph refers to it

            let graph = try read(dot, with: discipline)
            defer { GraphvizCalls.close(graph) }

            // Layout engines draw from `rand` and `drand48`, and not all of them seed first
            // (sfdp calls `rand` nine times before its `srand(123)`), so without this a render
            // would depend on the renders before it.
            GraphvizCalls.resetRandomNumbers()
            let laidOut = GraphvizCalls.layout(graph, engine: layout, in: context)
            defer { GraphvizCalls.freeLayout(graph, in: context) }
            if laidOut != 0 || GraphvizLock.errorReported {
                if laidOut != 0, !pluginNames(context, kind: "layout").contains(layout) {
                    throw GraphvizLock.failure(.unknownLayout, otherwise: "Layout type: \"\(layout)\" not recognized")
                }
                throw GraphvizLock.failure(.layoutFailed, otherwise: "Graphviz could not lay the graph out with \(layout)")
            }

            let (rendered, data) = GraphvizCalls.render(graph, format: format, in: context)
            defer { if let data { GraphvizCalls.freeRenderData(data) } }
            guard rendered == 0, !GraphvizLock.errorReported, let data else {
                let formats = pluginNames(context, kind: "device")
                let name = format.prefix { $0 != ":" }
                if rendered != 0, !formats.contains(String(name)) {
                    let known = GraphvizLock.messageText
                    throw GraphvizError(
                        kind: .unknownFormat,
                        message: (known.isEmpty ? "Format: \"\(format)\" not recognized" : known)
                            + "\nUse one of: " + formats.joined(separator: " "))
                }
                throw GraphvizLock.failure(.renderFailed, otherwise: "Graphviz could not draw the graph as \(format)")
            }
            return Array(data.bytes)
        }
    }

    /// Reads exactly one graph from `dot` with `discipline` (``SequentialIDs`` and a
    /// ``DOTReader``). The caller closes the graph, and keeps `discipline` alive until then.
    ///
    /// Reading goes on to the end of the text even after the first graph: Graphviz's scanner
    /// keeps unread input in a global buffer, and would otherwise hand the rest of this text
    /// (even a whole second graph) to the next render's `agread`.
    private static func read(
        _ dot: String, with discipline: GraphvizCalls.Discipline
    ) throws(GraphvizError) -> GraphvizCalls.Graph {
        var text = dot
        let result = text.withUTF8 { bytes -> Result<GraphvizCalls.Graph, GraphvizError> in
            var reader = DOTReader(bytes)
            return withUnsafeMutablePointer(to: &reader) { reader in
                GraphvizCalls.resetLineNumbers()  // line numbers in messages count from 1 for this text
                guard let graph = GraphvizCalls.read(from: reader, with: discipline) else {
                    return .failure(GraphvizLock.failure(.syntax, otherwise: "the DOT text holds no graph"))
                }
                var extra = 0
                while let another = GraphvizCalls.read(from: reader, with: discipline) {
                    extra += 1
                    GraphvizCalls.close(another)
                }
                if GraphvizLock.errorReported || extra > 0 {
                    GraphvizCalls.close(graph)
                    let more = "the DOT text holds \(extra + 1) graphs; render takes one"
                    return .failure(GraphvizLock.failure(.syntax, otherwise: more))
                }
                return .success(graph)
            }
        }
        return try result.get()
    }

    // MARK: The installation

    /// The Graphviz version and plugins, as one context reports them.
    struct Installation: Sendable {
        var version: String
        var layouts: [String]
        var formats: [String]
    }

    /// Asks a new context for the version and plugins.
    static func installation() -> Installation {
        GraphvizLock.locked { () -> Installation in
            guard let context = GraphvizCalls.newContext() else {
                return Installation(version: "unknown", layouts: [], formats: [])
            }
            defer { GraphvizCalls.freeContext(context) }
            return Installation(
                version: GraphvizCalls.version(context) ?? "unknown",
                layouts: pluginNames(context, kind: "layout"),
                formats: pluginNames(context, kind: "device"))
        }
    }

    /// How many graph arenas and ID-discipline states are alive; both are 0 between renders.
    static func liveGraphState() -> (arenas: Int, idStates: Int) {
        GraphvizLock.locked { (GraphArena.live, SequentialIDs.live) }
    }

    /// The names of the plugins of `kind` ("layout", "device", "render" …), sorted, without
    /// duplicates. Call with the lock held.
    private static func pluginNames(_ context: GraphvizCalls.Context, kind: String) -> [String] {
        Set(GraphvizCalls.pluginNames(context, kind: kind)).sorted()
    }
}
