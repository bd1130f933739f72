import CGraphviz

/// Every call RegionGraphviz makes into C, in one place: Graphviz's cgraph and gvc libraries,
/// the few libc functions around them (through CGraphviz's shim.h), and the C callbacks
/// Graphviz calls back through (the error reporter and the memory, ID and I/O disciplines).
/// This is the only file that imports CGraphviz.
///
/// The wrappers are thin: each does what one C function does (or the few that always go
/// together), in Swift types, and returns what the C function returns. Graphviz's C types stay
/// in this file, behind the handles ``Context``, ``Graph``, ``Discipline``, ``RenderedData``
/// and ``MessageCapture``. Everything else is pure Swift over these wrappers: the lock, error
/// handling and first-use setup (``GraphvizLock``), ownership (``GraphvizRenderer``), the
/// disciplines' logic (``GraphArena``, ``SequentialIDs``, ``DOTReader``).
///
/// Call everything here only while holding ``GraphvizLock``'s lock: Graphviz is not
/// re-entrant, and the callbacks below reach state that the lock guards.
enum GraphvizCalls {
    // MARK: Handles

    /// A Graphviz context (`GVC_t *`), from ``newContext()``; free it with ``freeContext(_:)``.
    struct Context {
        fileprivate let pointer: OpaquePointer
    }

    /// A graph (`Agraph_t *`): a root graph from ``read(from:with:)``, closed with
    /// ``close(_:)``, or the graph an ID discipline is opened for.
    struct Graph {
        fileprivate let pointer: UnsafeMutablePointer<Agraph_t>
    }

    /// An `Agdisc_t` for reading, from ``makeDiscipline()``; free it with
    /// ``freeDiscipline(_:)`` after closing every graph read with it.
    struct Discipline {
        fileprivate let pointer: UnsafeMutablePointer<Agdisc_t>
    }

    /// What `gvRenderData` rendered; free it with ``freeRenderData(_:)``.
    struct RenderedData {
        fileprivate let pointer: UnsafeMutablePointer<CChar>
        fileprivate let count: Int

        /// The rendered bytes, valid until the data is freed.
        var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: pointer, count: count) }
    }

    /// The error handler and error level in place before ``captureMessages()``, for
    /// ``restoreMessages(_:)``.
    struct MessageCapture {
        fileprivate let handler: agusererrf?
        fileprivate let level: agerrlevel_t
    }

    // MARK: Contexts

    /// `gvContext`: a new context with every plugin loaded; nil if Graphviz could not make one.
    static func newContext() -> Context? {
        gvContext().map(Context.init)
    }

    /// `gvFreeContext`.
    static func freeContext(_ context: Context) {
        _ = gvFreeContext(context.pointer)
    }

    /// `cgraphviz_reset_text_measurement` (shim.h): points the text measurer's one-font caches
    /// at a font name that is never freed. Call it just before ``freeContext(_:)`` of a context
    /// that measured text; shim.h tells the Graphviz 2.42 bug it works around.
    static func resetTextMeasurement(_ context: Context) {
        cgraphviz_reset_text_measurement(context.pointer)
    }

    /// `gvcVersion`: the version Graphviz reports, nil if it reports none.
    static func version(_ context: Context) -> String? {
        gvcVersion(context.pointer).map { String(cString: $0) }
    }

    /// `gvPluginList`: the names of `context`'s plugins of `kind` ("layout", "device",
    /// "render" …), as Graphviz lists them (unsorted, with duplicates). Frees the list.
    static func pluginNames(_ context: Context, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context.pointer, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for index in 0..<Int(max(count, 0)) {
            guard let name = list[index] else { continue }
            names.append(String(cString: name))
            free(name)
        }
        return names
    }

    // MARK: Reading

    /// A new `Agdisc_t` with cgraph's memory discipline (`AgMemDisc`, whose functions
    /// ``replaceMemoryDiscipline()`` replaced), the ID discipline of ``SequentialIDs`` and the
    /// I/O discipline of ``DOTReader``.
    static func makeDiscipline() -> Discipline {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(to: idDiscipline)
        let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
        io.initialize(to: ioDiscipline)
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        discipline.initialize(to: Agdisc_t(mem: cgraphviz_mem_disc(), id: ids, io: io))
        return Discipline(pointer: discipline)
    }

    /// Frees what ``makeDiscipline()`` allocated.
    static func freeDiscipline(_ discipline: Discipline) {
        discipline.pointer.pointee.id.deallocate()
        discipline.pointer.pointee.io.deallocate()
        discipline.pointer.deallocate()
    }

    /// `agsetfile(NULL)`: line numbers in messages count from 1 again, for a new text.
    static func resetLineNumbers() {
        agsetfile(nil)
    }

    /// `agread`: the next graph the scanner reads from `reader`, nil at the end of the text or
    /// on a syntax error (which Graphviz reports).
    static func read(from reader: UnsafeMutablePointer<DOTReader>, with discipline: Discipline) -> Graph? {
        agread(reader, discipline.pointer).map(Graph.init)
    }

    /// `agclose`: closes a root graph and frees it, its subgraphs, nodes and edges.
    static func close(_ graph: Graph) {
        _ = agclose(graph.pointer)
    }

    // MARK: Layout and rendering

    /// `gvLayout`: lays `graph` out with the engine named `engine`; 0 on success.
    static func layout(_ graph: Graph, engine: String, in context: Context) -> Int32 {
        gvLayout(context.pointer, graph.pointer, engine)
    }

    /// `gvFreeLayout`.
    static func freeLayout(_ graph: Graph, in context: Context) {
        _ = gvFreeLayout(context.pointer, graph.pointer)
    }

    /// `gvRenderData`: draws the laid-out `graph` in the format named `format`; the status (0 on
    /// success) and the rendered data, if Graphviz returned any.
    static func render(
        _ graph: Graph, format: String, in context: Context
    ) -> (status: Int32, data: RenderedData?) {
        var data: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let status = gvRenderData(context.pointer, graph.pointer, format, &data, &length)
        return (status, data.map { RenderedData(pointer: $0, count: Int(length)) })
    }

    /// `gvFreeRenderData`.
    static func freeRenderData(_ data: RenderedData) {
        gvFreeRenderData(data.pointer)
    }

    /// `cgraphviz_reset_random_numbers` (shim.h): `srand(1)` and `seed48` with zeros, the state
    /// libc's `rand` and `drand48` start in in a new process.
    static func resetRandomNumbers() {
        cgraphviz_reset_random_numbers()
    }

    // MARK: Error reporting

    /// Sends Graphviz's messages to ``GraphvizLock/record(_:)`` instead of standard error
    /// (`agseterrf`), warnings and errors alike (`agseterr(AGWARN)`); what was in place before,
    /// for ``restoreMessages(_:)``.
    static func captureMessages() -> MessageCapture {
        let handler = agseterrf(messageHandler)
        let level = agseterr(AGWARN)  // report warnings and errors, all to us
        return MessageCapture(handler: handler, level: level)
    }

    /// Puts back the error level and handler ``captureMessages()`` replaced.
    static func restoreMessages(_ capture: MessageCapture) {
        _ = agseterr(capture.level)
        _ = agseterrf(capture.handler)
    }

    /// `agreseterrors`: forgets the highest level reported so far.
    static func resetErrors() {
        _ = agreseterrors()
    }

    /// `agerrors`: the highest level Graphviz has reported since ``resetErrors()`` (`AGWARN`
    /// is 0, `AGERR` 1) or the count of syntax errors of the last read, whichever is larger;
    /// above 0 once Graphviz has reported an error, not just a warning.
    static var highestReportedLevel: Int { Int(agerrors()) }

    /// The `agusererrf`. Graphviz calls it once per piece of a message ("Error", ": ", then
    /// the text).
    private static let messageHandler: agusererrf = { text in
        guard let text else { return 0 }
        GraphvizLock.record(UnsafeRawBufferPointer(start: text, count: strlen(text)))
        return 0
    }

    // MARK: Strings (for SequentialIDs)

    /// `agstrdup`: `name` interned in `graph`'s string pool, one more reference to it.
    static func intern(_ name: UnsafeMutablePointer<CChar>, in graph: Graph) -> UnsafeMutablePointer<CChar>? {
        agstrdup(graph.pointer, name)
    }

    /// `agstrbind`: `name` as interned in `graph`'s string pool, nil if it is not; no new
    /// reference.
    static func interned(_ name: UnsafeMutablePointer<CChar>, in graph: Graph) -> UnsafeMutablePointer<CChar>? {
        agstrbind(graph.pointer, name)
    }

    /// `agstrfree`: drops one reference to an interned string.
    static func release(_ interned: UnsafeMutablePointer<CChar>, in graph: Graph) {
        _ = agstrfree(graph.pointer, interned)
    }

    // MARK: Memory (for GraphArena)

    /// `cgraphviz_reserve` (shim.h): `bytes` of address space with `MAP_NORESERVE`, all zero;
    /// nil if `mmap` fails.
    static func reserve(_ bytes: Int) -> UnsafeMutableRawPointer? {
        cgraphviz_reserve(bytes)
    }

    /// `cgraphviz_discard` (shim.h): gives `bytes` from the page-aligned `start` back to the
    /// kernel (`MADV_DONTNEED`); they read back as zero.
    static func discard(_ start: UnsafeMutableRawPointer, _ bytes: Int) {
        cgraphviz_discard(start, bytes)
    }

    /// The size of a memory page in bytes (`sysconf(_SC_PAGESIZE)`).
    static var pageSize: Int { Int(cgraphviz_page_size()) }

    /// Graphviz's own memory functions, kept by ``replaceMemoryDiscipline()``: for graphs
    /// without an arena and blocks outside one.
    nonisolated(unsafe) private static var graphvizMemory = Agmemdisc_t()

    /// Replaces the functions of cgraph's global `AgMemDisc` with ``GraphArena``'s, keeping
    /// Graphviz's own for ``graphvizAllocate(_:)``, ``graphvizResize(_:_:_:)`` and
    /// ``graphvizFree(_:)``. Call it once (``GraphArena/install()``).
    ///
    /// `close` stays nil, so `agclose` still closes each subgraph, node and edge, which runs
    /// the ID discipline's `close` (``SequentialIDs``).
    static func replaceMemoryDiscipline() {
        let shared = cgraphviz_mem_disc()
        graphvizMemory = shared.pointee
        shared.pointee = Agmemdisc_t(
            open: { _ in GraphArena.open() },
            alloc: { state, size in GraphArena.allocate(state, size) },
            resize: { state, block, old, size in GraphArena.resize(state, block, old, size) },
            free: { state, block in GraphArena.free(state, block) },
            close: nil)
    }

    /// Graphviz's own `alloc`: zeroed memory from `malloc`.
    static func graphvizAllocate(_ size: Int) -> UnsafeMutableRawPointer? {
        graphvizMemory.alloc(nil, size)
    }

    /// Graphviz's own `resize`: `realloc`, the new part zeroed.
    static func graphvizResize(_ block: UnsafeMutableRawPointer, _ old: Int, _ size: Int) -> UnsafeMutableRawPointer? {
        graphvizMemory.resize(nil, block, old, size)
    }

    /// Graphviz's own `free`.
    static func graphvizFree(_ block: UnsafeMutableRawPointer) {
        graphvizMemory.free(nil, block)
    }

    // MARK: The ID and I/O disciplines

    /// ``SequentialIDs``' functions, for an `Agdisc_t`.
    private static var idDiscipline: Agiddisc_t {
        Agiddisc_t(
            open: { graph, _ in
                guard let graph else { return nil }
                return SequentialIDs.open(for: Graph(pointer: graph))
            },
            map: { state, _, name, id, create in
                guard let mapped = SequentialIDs.map(state, name, create: create != 0) else { return 0 }
                id?.pointee = IDTYPE(mapped)
                return 1
            },
            alloc: { _, _, _ in 0 },  // clients may not choose IDs, as in id.c
            free: { _, _, _ in },  // the name keeps its ID (see SequentialIDs)
            print: { state, _, id in SequentialIDs.name(state, of: UInt64(id)) },
            close: { state in SequentialIDs.close(state) },
            idregister: { _, _, _ in })
    }

    /// The I/O discipline: reading from a ``DOTReader``, the `chan` that `agread` passes back
    /// to `afread`; writing (`putstr`, `flush`, used only by `agwrite`, which RegionGraphviz
    /// never calls) is cgraph's default (`AgIoDisc`).
    private static var ioDiscipline: Agiodisc_t {
        let standard = cgraphviz_io_disc().pointee
        return Agiodisc_t(
            afread: { channel, buffer, capacity in
                guard let channel, let buffer else { return 0 }
                let reader = channel.assumingMemoryBound(to: DOTReader.self)
                return Int32(reader.pointee.read(into: buffer, capacity: Int(capacity)))
            },
            putstr: standard.putstr,
            flush: standard.flush)
    }
}
