import Synchronization

/// The one lock around Graphviz in this process, and what Graphviz reports while it is held.
///
/// Graphviz 2.4x keeps global state everywhere (the DOT scanner and parser, the error
/// reporter, plugin and font caches), and crashes when two threads render at once even with
/// separate contexts. So each entry point of RegionGraphviz runs in ``locked(_:)`` and makes all
/// of its Graphviz calls (``GraphvizCalls``) while holding the lock: reading (`agread`), laying
/// out, rendering, freeing and closing alike. The callbacks Graphviz makes back into Swift
/// (``record(_:)``, ``SequentialIDs``, ``DOTReader``, ``GraphArena``) therefore also run under
/// the lock.
///
/// While the lock is held, Graphviz's messages are captured in ``messages`` instead of going to
/// standard error, and ``failure(_:otherwise:)`` turns them into a ``GraphvizError``. Messages
/// and Graphviz's error level are cleared before and after each locked call, so no call sees
/// what the one before reported.
enum GraphvizLock {
    /// The one lock around Graphviz in this process.
    private static let lock = Mutex<Void>(())

    /// What Graphviz reported through `agerr` since the lock was taken: the text it would have
    /// printed on standard error. Guarded by ``lock``: written only by ``record(_:)``, which
    /// Graphviz calls on the thread holding the lock, and read and cleared inside `withLock`.
    nonisolated(unsafe) private static var messages: [UInt8] = []

    /// Keeps one piece of a Graphviz message; Graphviz's error handler (installed by
    /// ``GraphvizCalls/captureMessages()`` for the duration of each locked call) calls it once
    /// per piece ("Error", ": ", then the text).
    static func record(_ text: UnsafeRawBufferPointer) {
        messages.append(contentsOf: text)
    }

    /// Runs `body` holding the lock, with Graphviz's messages going to ``messages`` instead of
    /// standard error, and Graphviz's error state reset before and after.
    static func locked<Result, Failure: Error>(
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try lock.withLock { _ throws(Failure) -> Result in
            prepare()
            messages.removeAll(keepingCapacity: true)
            let previous = GraphvizCalls.captureMessages()
            GraphvizCalls.resetErrors()
            defer {
                GraphvizCalls.resetErrors()
                GraphvizCalls.restoreMessages(previous)
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
        if let context = GraphvizCalls.newContext() { GraphvizCalls.freeContext(context) }
        GraphArena.install()
    }

    /// Whether Graphviz has reported an error (not just a warning) since the lock was taken.
    /// Only inside ``locked(_:)``.
    static var errorReported: Bool { GraphvizCalls.highestReportedLevel > 0 }

    /// The captured messages as text, without the final newline. Only inside ``locked(_:)``.
    static var messageText: String {
        var text = String(decoding: messages, as: UTF8.self)
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }

    /// An error of `kind` with the captured messages, or `fallback` when Graphviz reported
    /// nothing. Only inside ``locked(_:)``.
    static func failure(_ kind: GraphvizError.Kind, otherwise fallback: String) -> GraphvizError {
        let text = messageText
        return GraphvizError(kind: kind, message: text.isEmpty ? fallback : text)
    }
}
