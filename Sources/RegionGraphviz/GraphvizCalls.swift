import CGraphviz
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every call RegionGraphviz makes into Graphviz's cgraph and gvc libraries, in one place.
///
/// Graphviz 2.4x keeps global state everywhere (the DOT scanner and parser, the error
/// reporter, plugin and font caches), and crashes when two threads render at once even with
/// separate contexts. So each entry point here takes ``lock`` and makes all of its Graphviz
/// calls while holding it: reading (`agread`), laying out, rendering, freeing and closing alike.
/// The callbacks Graphviz makes back into Swift (``record(_:)``, ``SequentialIDs``,
/// ``DOTReader``, ``GraphArena``) therefore also run under the lock.
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
/// - libc's random number generators start from their initial state (``resetRandomNumbers()``),
///   as in a new process (sfdp draws before it seeds).
/// - Graphviz's font caches are pointed away from the context's font names before the context
///   is freed (`cgraphviz_reset_text_measurement`), so no render measures text with the font
///   of the one before.
/// - The scanner is drained to the end of the text (``read(_:with:)``), so no input is left
///   for the next render, and line numbers start at 1 (`agsetfile`).
/// - Messages and Graphviz's error level are cleared before and after (``locked(_:)``).
enum GraphvizCalls {
    /// The one lock around Graphviz in this process.
    private static let lock = Mutex<Void>(())

    /// What Graphviz reported through `agerr` since the lock was taken: the text it would have
    /// printed on standard error. Guarded by ``lock``: written only by ``record(_:)``, which
    /// Graphviz calls on the thread holding the lock, and read and cleared inside `withLock`.
    nonisolated(unsafe) private static var messages: [UInt8] = []

    /// The `agusererrf` installed with `agseterrf` for the duration of each locked call.
    /// Graphviz calls it once per piece of a message ("Error", ": ", then the text).
    private static func record(_ text: UnsafeMutablePointer<CChar>?) -> Int32 {
        guard let text else { return 0 }
        messages.append(contentsOf: UnsafeRawBufferPointer(start: text, count: strlen(text)))
        return 0
    }

    /// Runs `body` holding the lock, with Graphviz's messages going to ``messages`` instead of
    /// standard error, and Graphviz's error state reset before and after.
    private static func locked<Result, Failure: Error>(
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try lock.withLock { _ throws(Failure) -> Result in
            prepare()
            messages.removeAll(keepingCapacity: true)
            let previousHandler = agseterrf { GraphvizCalls.record($0) }
            let previousLevel = agseterr(AGWARN)  // report warnings and errors, all to us
            _ = agreseterrors()
            defer {
                _ = agreseterrors()
                _ = agseterr(previousLevel)
                _ = agseterrf(previousHandler)
                messages.removeAll(keepingCapacity: true)
            }
            return try body()
        }
    }

    nonisolated(unsafe) private static var prepared = false

    /// Done once, on the first locked call: the prototype graph behind `agattr(NULL, …)` is
    /// made (by `gvContext`) with Graphviz's own memory discipline, then ``GraphArena`` is
    /// installed for every graph after it.
    private static func prepare() {
        guard !prepared else { return }
        prepared = true
        if let context = gvContext() { _ = gvFreeContext(context) }
        GraphArena.install()
    }

    /// Whether Graphviz has reported an error (not just a warning) since the lock was taken.
    private static var errorReported: Bool { agerrors() > 0 }

    /// The captured messages as text, without the final newline.
    private static var messageText: String {
        var text = String(decoding: messages, as: UTF8.self)
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }

    private static func failure(_ kind: GraphvizError.Kind, otherwise fallback: String) -> GraphvizError {
        let text = messageText
        return GraphvizError(kind: kind, message: text.isEmpty ? fallback : text)
    }

    // MARK: Rendering

    /// Renders `dot` with the layout and format named as Graphviz names them.
    ///
    /// Names are checked by Graphviz itself, so an unknown name fails with
    /// ``GraphvizError/Kind/unknownLayout`` or ``GraphvizError/Kind/unknownFormat``.
    static func render(dot: String, layout: String, format: String) throws(GraphvizError) -> [UInt8] {
        try locked { () throws(GraphvizError) -> [UInt8] in
            guard let context = gvContext() else {
                throw failure(.renderFailed, otherwise: "Graphviz could not create a context")
            }
            defer {
                // Before the context's font names are freed, point Graphviz's font caches at a
                // name that is never freed, so that no render reads (or trusts) a stale one.
                cgraphviz_reset_text_measurement(context)
                _ = gvFreeContext(context)
            }

            let discipline = makeDiscipline()
            defer { freeDiscipline(discipline) }  // after agclose: the graph refers to it

            let graph = try read(dot, with: discipline)
            defer { _ = agclose(graph) }

            resetRandomNumbers()
            let laidOut = gvLayout(context, graph, layout)
            defer { _ = gvFreeLayout(context, graph) }
            if laidOut != 0 || errorReported {
                if laidOut != 0, !pluginNames(context, kind: "layout").contains(layout) {
                    throw failure(.unknownLayout, otherwise: "Layout type: \"\(layout)\" not recognized")
                }
                throw failure(.layoutFailed, otherwise: "Graphviz could not lay the graph out with \(layout)")
            }

            var data: UnsafeMutablePointer<CChar>? = nil
            var length: UInt32 = 0
            let rendered = gvRenderData(context, graph, format, &data, &length)
            defer { if let data { gvFreeRenderData(data) } }
            if rendered != 0 || errorReported || data == nil {
                let formats = pluginNames(context, kind: "device")
                let name = format.prefix { $0 != ":" }
                if rendered != 0, !formats.contains(String(name)) {
                    let known = messageText
                    throw GraphvizError(
                        kind: .unknownFormat,
                        message: (known.isEmpty ? "Format: \"\(format)\" not recognized" : known)
                            + "\nUse one of: " + formats.joined(separator: " "))
                }
                throw failure(.renderFailed, otherwise: "Graphviz could not draw the graph as \(format)")
            }
            return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
        }
    }

    /// Puts libc's random number generators back in the state a new process starts in.
    ///
    /// Layout engines draw from `rand` and `drand48`, and not all of them seed first (sfdp
    /// calls `rand` nine times before its `srand(123)`), so without this a render would depend
    /// on the renders before it. `srand(1)` is `rand`'s initial state; `seed48` with zeros is
    /// `drand48`'s (glibc: state 0 with the standard multiplier and addend).
    private static func resetRandomNumbers() {
        srand(1)
        var zero: [UInt16] = [0, 0, 0]
        _ = seed48(&zero)
    }

    /// Reads exactly one graph from `dot` with `discipline` (``SequentialIDs`` and a
    /// ``DOTReader``). The caller closes the graph, and keeps `discipline` alive until then.
    ///
    /// Reading goes on to the end of the text even after the first graph: Graphviz's scanner
    /// keeps unread input in a global buffer, and would otherwise hand the rest of this text
    /// (even a whole second graph) to the next render's `agread`.
    private static func read(
        _ dot: String, with discipline: UnsafeMutablePointer<Agdisc_t>
    ) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        var text = dot
        let result = text.withUTF8 { bytes -> Result<UnsafeMutablePointer<Agraph_t>, GraphvizError> in
            var reader = DOTReader(bytes)
            return withUnsafeMutablePointer(to: &reader) { reader in
                agsetfile(nil)  // line numbers in messages count from 1 for this text
                guard let graph = agread(reader, discipline) else {
                    return .failure(failure(.syntax, otherwise: "the DOT text holds no graph"))
                }
                var extra = 0
                while let another = agread(reader, discipline) {
                    extra += 1
                    _ = agclose(another)
                }
                if errorReported || extra > 0 {
                    _ = agclose(graph)
                    let more = "the DOT text holds \(extra + 1) graphs; render takes one"
                    return .failure(failure(.syntax, otherwise: more))
                }
                return .success(graph)
            }
        }
        return try result.get()
    }

    /// A new `Agdisc_t` with cgraph's memory discipline, ``SequentialIDs`` and ``DOTReader``;
    /// free it with ``freeDiscipline(_:)`` after closing every graph read with it.
    private static func makeDiscipline() -> UnsafeMutablePointer<Agdisc_t> {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(to: SequentialIDs.discipline)
        let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
        io.initialize(to: DOTReader.discipline)
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        discipline.initialize(to: Agdisc_t(mem: cgraphviz_mem_disc(), id: ids, io: io))
        return discipline
    }

    private static func freeDiscipline(_ discipline: UnsafeMutablePointer<Agdisc_t>) {
        discipline.pointee.id.deallocate()
        discipline.pointee.io.deallocate()
        discipline.deallocate()
    }

    // MARK: The installation

    /// The Graphviz version and plugins, as one context reports them.
    struct Installation: Sendable {
        var version: String
        var layouts: [String]
        var formats: [String]
    }

    static func installation() -> Installation {
        locked { () -> Installation in
            guard let context = gvContext() else {
                return Installation(version: "unknown", layouts: [], formats: [])
            }
            defer { _ = gvFreeContext(context) }
            let version = gvcVersion(context).map { String(cString: $0) } ?? "unknown"
            return Installation(
                version: version,
                layouts: pluginNames(context, kind: "layout"),
                formats: pluginNames(context, kind: "device"))
        }
    }

    /// How many graph arenas and ID-discipline states are alive; both are 0 between renders.
    static func liveGraphState() -> (arenas: Int, idStates: Int) {
        locked { (GraphArena.live, SequentialIDs.live) }
    }

    /// The names of the plugins of `kind` ("layout", "device", "render" …), sorted, without
    /// duplicates. Call with the lock held.
    private static func pluginNames(_ context: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names = Set<String>()
        for index in 0..<Int(max(count, 0)) {
            guard let name = list[index] else { continue }
            names.insert(String(cString: name))
            free(name)
        }
        return names.sorted()
    }
}
