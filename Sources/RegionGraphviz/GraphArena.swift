/// cgraph's memory discipline, replaced process-wide so that graph objects lie in memory in an
/// order that depends only on the render: each root graph gets an arena, a fixed slot of one
/// reserved address range, handed out upwards.
///
/// Why: some layout engines order things by comparing object addresses. `fdp` orients every
/// edge of its derived graph from the lower to the higher node address (`if (hd > tl)` in
/// lib/fdpgen/layout.c), and the forces it sums depend on that orientation. With `malloc`, the
/// addresses depend on what earlier renders freed, so a second render of the same DOT text in
/// one process drew nodes a fraction of a point elsewhere. In an arena, objects of one graph lie
/// in creation order, and graphs lie in the order of their slots; the first free slot is
/// always taken, so both orders are the same in every render and every process.
///
/// Slots are laid out downwards (slot 0 at the top of the range), the way separate `mmap`s
/// land; with that, every graph tried draws exactly as a fresh `dot` process draws it.
///
/// The layout engines open their helper graphs (such as fdp's derived graphs) without a
/// discipline of their own, that is with `AgMemDisc`, so the replacement has to be of the
/// global `AgMemDisc`: ``install()`` has its functions overwritten
/// (``GraphvizCalls/replaceMemoryDiscipline()``), once, under ``GraphvizLock``'s lock, before
/// any render. Graphs opened before that (the prototype graph behind
/// `agattr(NULL, …)`) have no arena (their state is nil) and keep Graphviz's own functions.
///
/// - `open` takes the first free slot. The range (``slotCount`` slots of ``slotSize`` bytes) is
///   reserved on first use with `MAP_NORESERVE`: pages cost memory only once touched. If that
///   fails, or every slot is taken, the graph has no arena and uses `malloc` (Graphviz's own
///   functions, ``GraphvizCalls/graphvizAllocate(_:)`` and the like).
/// - `alloc` hands out the next 16-byte-aligned block, zeroed (everything above the blocks
///   handed out is kept zero; freeing the newest block takes it back). When the slot is full it
///   falls back to Graphviz's `malloc`; the graph still works, only its later objects lose the
///   address order.
/// - `resize` grows or shrinks the newest block in place, or moves a block up.
/// - `free` frees the slot when it frees the graph's first block: that is the graph's
///   `Agclos_t`, the last thing `agclose` frees. Other frees take back only the newest block;
///   the rest goes with the slot.
/// - `close` stays nil, so `agclose` still closes each subgraph, node and edge, which runs the
///   ID discipline's `close` (``SequentialIDs``).
///
/// Freeing a slot zeroes what the graph used, or gives it back to the kernel
/// (`MADV_DONTNEED`) past ``keptInMemory`` bytes. Reusing warm slots matters: a new `mmap` and
/// fresh pages for every graph made a small render about 8 % slower than plain C, where the
/// binding's own work adds about 1.5 % (scripts/bench-graphviz).
final class GraphArena {
    /// Slots in the reserved range: graphs open at once (fdp opens one per cluster level).
    static let slotCount = 16
    /// Bytes per slot: the most cgraph memory one graph keeps in address order.
    static let slotSize = 256 << 20
    /// Bytes of a freed slot zeroed in place and kept; the rest is given back to the kernel.
    static let keptInMemory = 4 << 20

    private let base: UnsafeMutableRawPointer
    private let end: UnsafeMutableRawPointer
    private var next: UnsafeMutableRawPointer
    /// The highest `next` has been since the slot was last freed.
    private var highWater: UnsafeMutableRawPointer
    /// The first block: the graph's `Agclos_t`.
    private var first: UnsafeMutableRawPointer?
    /// The newest block, which `free` can take back and `resize` can grow or shrink in place.
    /// Everything from `next` up is zero.
    private var newest: UnsafeMutableRawPointer?

    private init(base: UnsafeMutableRawPointer) {
        self.base = base
        end = base + Self.slotSize
        next = base
        highWater = base
    }

    private func contains(_ pointer: UnsafeMutableRawPointer) -> Bool {
        pointer >= base && pointer < end
    }

    private static func rounded(_ size: Int) -> Int { (max(size, 1) + 15) & ~15 }

    private func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        let size = Self.rounded(size)
        guard end - next >= size else { return nil }
        let block = next
        next += size
        highWater = max(highWater, next)
        newest = block
        if first == nil { first = block }
        return block
    }

    private func resize(_ block: UnsafeMutableRawPointer, from old: Int, to size: Int) -> UnsafeMutableRawPointer? {
        if block == newest {
            let rounded = Self.rounded(size)
            guard end - block >= rounded else { return nil }
            if size > old {  // as Graphviz's own resize: the new part reads as zero
                (block + old).initializeMemory(as: UInt8.self, repeating: 0, count: size - old)
            }
            if block + rounded < next {  // shrinking: keep everything from `next` up zero
                (block + rounded).initializeMemory(as: UInt8.self, repeating: 0, count: next - (block + rounded))
            }
            next = block + rounded
            highWater = max(highWater, next)
            return block
        }
        if size <= old { return block }
        guard let moved = allocate(size) else { return nil }
        moved.copyMemory(from: block, byteCount: old)
        return moved
    }

    /// Takes `block` back if it is the newest; true when `block` was the graph's first block
    /// and the slot is to be freed.
    private func free(_ block: UnsafeMutableRawPointer) -> Bool {
        if block == first { return true }
        if block == newest {
            block.initializeMemory(as: UInt8.self, repeating: 0, count: next - block)
            next = block
            newest = nil
        }
        return false
    }

    /// Makes the slot as good as new: all zero, nothing handed out.
    private func reset() {
        let used = highWater - base
        if used > Self.keptInMemory {
            base.initializeMemory(as: UInt8.self, repeating: 0, count: Self.keptInMemory)
            let page = GraphvizCalls.pageSize
            let rest = (used - Self.keptInMemory + page - 1) / page * page
            GraphvizCalls.discard(base + Self.keptInMemory, rest)  // reads back as zero
        } else {
            base.initializeMemory(as: UInt8.self, repeating: 0, count: used)
        }
        next = base
        highWater = base
        first = nil
        newest = nil
    }

    // MARK: The slots

    /// The reserved range, nil until first use (and if reserving it failed).
    nonisolated(unsafe) private static var range: UnsafeMutableRawPointer?
    /// Each slot's arena, made on first use; nil where the slot has never been used.
    nonisolated(unsafe) private static var arenas = [GraphArena?](repeating: nil, count: slotCount)
    /// Which slots a graph holds.
    nonisolated(unsafe) private static var taken = [Bool](repeating: false, count: slotCount)

    /// Slots held by a graph; for the tests (valgrind does not see `mmap`ped memory).
    /// Changed only under ``GraphvizLock``'s lock, like everything here.
    static var live: Int { taken.filter { $0 }.count }

    /// The discipline's `open`: the state of a new root graph, its slot's arena; nil when no
    /// slot is free (or none was reserved).
    static func open() -> UnsafeMutableRawPointer? {
        guard let range, let slot = taken.firstIndex(of: false) else { return nil }
        let arena = arenas[slot] ?? GraphArena(base: range + (slotCount - 1 - slot) * slotSize)
        arenas[slot] = arena
        taken[slot] = true
        return Unmanaged.passUnretained(arena).toOpaque()
    }

    private static func close(_ arena: GraphArena) {
        arena.reset()
        if let slot = arenas.firstIndex(where: { $0 === arena }) { taken[slot] = false }
    }

    // MARK: The discipline

    nonisolated(unsafe) private static var installed = false

    /// Reserves the range and replaces `AgMemDisc`'s functions with the arenas'. Idempotent;
    /// call with the lock held.
    static func install() {
        guard !installed else { return }
        installed = true
        guard let reserved = GraphvizCalls.reserve(slotCount * slotSize) else { return }  // Graphviz keeps malloc
        range = reserved
        GraphvizCalls.replaceMemoryDiscipline()
    }

    /// The discipline's `alloc`: a block of the graph's arena, or else Graphviz's own.
    static func allocate(_ state: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
        if let state, let block = arena(state).allocate(size) { return block }
        return GraphvizCalls.graphvizAllocate(size)
    }

    /// The discipline's `resize`: in the graph's arena where the block is there and fits,
    /// otherwise with Graphviz's own functions.
    static func resize(
        _ state: UnsafeMutableRawPointer?, _ block: UnsafeMutableRawPointer?, _ old: Int, _ size: Int
    ) -> UnsafeMutableRawPointer? {
        guard let block else { return allocate(state, size) }
        guard let state, arena(state).contains(block) else { return GraphvizCalls.graphvizResize(block, old, size) }
        if let resized = arena(state).resize(block, from: old, to: size) { return resized }
        guard let moved = GraphvizCalls.graphvizAllocate(size) else { return nil }  // the slot is full
        moved.copyMemory(from: block, byteCount: min(old, size))
        return moved
    }

    /// The discipline's `free`: frees the slot with the graph's first block (see above);
    /// blocks outside an arena go to Graphviz's own `free`.
    static func free(_ state: UnsafeMutableRawPointer?, _ block: UnsafeMutableRawPointer?) {
        guard let block else { return }
        guard let state, arena(state).contains(block) else { return GraphvizCalls.graphvizFree(block) }
        if arena(state).free(block) { close(arena(state)) }
    }

    private static func arena(_ state: UnsafeMutableRawPointer) -> GraphArena {
        Unmanaged<GraphArena>.fromOpaque(state).takeUnretainedValue()
    }
}
