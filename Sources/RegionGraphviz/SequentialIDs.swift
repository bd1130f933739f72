/// cgraph's ID discipline for one root graph: object IDs from counters, so that the same DOT
/// text gives the same IDs, and therefore the same drawing, every time.
///
/// Why: cgraph keeps a graph's subgraphs in a dictionary ordered by ID, and its default
/// discipline (`AgIdDisc`, lib/cgraph/id.c) uses the address of the interned name string as
/// the ID of a named object. Clusters are therefore visited in an order that depends on where
/// `malloc` put their names, and repeated layouts of a clustered graph differ within a process
/// and between processes. Anonymous objects there take IDs from one `static` counter shared by
/// every graph the process ever reads.
///
/// This discipline mirrors id.c with the addresses replaced by counters kept per root graph:
///
/// - A name gets the next even ID (2, 4, 6 …) the first time it is mapped with `createflag`,
///   and keeps it until the graph is closed. Names are interned with `agstrdup`, as in id.c, and
///   the interned pointer is the key, so looking a name up is a pointer hash.
/// - Anonymous objects (edges without a key, anonymous subgraphs) get the next odd ID
///   (1, 3, 5 …).
/// - `print` turns an even ID back into its name; odd IDs have none (cgraph then names an
///   anonymous graph `%<id>`).
/// - Clients may not choose IDs (`alloc` refuses, as in id.c); `free` keeps the name, since the
///   same name must map to the same ID if it comes back; `close` releases the state. The
///   interned names themselves are freed with the graph's string pool (`agstrclose`).
///
/// `open` creates the state and `close` releases it; both are called by cgraph (`agopen` inside
/// `agread`, and `agclose`), under ``GraphvizLock``'s lock. The C functions of the discipline
/// (an `Agiddisc_t`) are in ``GraphvizCalls``; they call the static functions here.
final class SequentialIDs {
    /// The root graph, whose string pool interns the names.
    private let graph: GraphvizCalls.Graph
    /// The ID of each interned name.
    private var idsByName: [UnsafeMutablePointer<CChar>: UInt64] = [:]
    /// The interned names, the one with ID `2 * (i + 1)` at index `i`.
    private var names: [UnsafeMutablePointer<CChar>] = []
    /// The next anonymous ID.
    private var nextAnonymous: UInt64 = 1

    /// States not yet released by `close`; for the tests. Changed only under
    /// ``GraphvizLock``'s lock.
    nonisolated(unsafe) private(set) static var live = 0

    private init(graph: GraphvizCalls.Graph) {
        self.graph = graph
        Self.live += 1
    }

    deinit {
        Self.live -= 1
    }

    /// `map`: the ID of `name`, or a new anonymous ID when `name` is nil. Without `create`,
    /// only names already mapped have an ID.
    private func map(_ name: UnsafeMutablePointer<CChar>?, create: Bool) -> UInt64? {
        guard let name else {
            defer { nextAnonymous += 2 }
            return nextAnonymous
        }
        let interned = create ? GraphvizCalls.intern(name, in: graph) : GraphvizCalls.interned(name, in: graph)
        guard let interned else { return nil }
        if let id = idsByName[interned] {
            if create { GraphvizCalls.release(interned, in: graph) }  // keep one reference per name
            return id
        }
        guard create else { return nil }
        names.append(interned)
        let id = UInt64(names.count) * 2
        idsByName[interned] = id
        return id
    }

    /// `print`: the name with ID `id`, nil for anonymous IDs.
    private func name(of id: UInt64) -> UnsafeMutablePointer<CChar>? {
        guard id % 2 == 0, id >= 2, id / 2 <= UInt64(names.count) else { return nil }
        return names[Int(id / 2) - 1]
    }

    private static func state(_ pointer: UnsafeMutableRawPointer?) -> SequentialIDs {
        Unmanaged<SequentialIDs>.fromOpaque(pointer!).takeUnretainedValue()
    }

    // MARK: The discipline's functions (called from GraphvizCalls)

    /// `open`: a new state for the root graph `graph`, retained until ``close(_:)``.
    static func open(for graph: GraphvizCalls.Graph) -> UnsafeMutableRawPointer {
        Unmanaged.passRetained(SequentialIDs(graph: graph)).toOpaque()
    }

    /// `map`: the ID of `name` in `state`'s graph, or a new anonymous ID when `name` is nil;
    /// nil when there is none (without `create`, an unknown name).
    static func map(
        _ state: UnsafeMutableRawPointer?, _ name: UnsafeMutablePointer<CChar>?, create: Bool
    ) -> UInt64? {
        Self.state(state).map(name, create: create)
    }

    /// `print`: the name with ID `id` in `state`'s graph, nil for anonymous IDs.
    static func name(_ state: UnsafeMutableRawPointer?, of id: UInt64) -> UnsafeMutablePointer<CChar>? {
        Self.state(state).name(of: id)
    }

    /// `close`: releases the state ``open(for:)`` made.
    static func close(_ state: UnsafeMutableRawPointer?) {
        guard let state else { return }
        Unmanaged<SequentialIDs>.fromOpaque(state).release()
    }
}
