import Dispatch
import Synchronization

/// Hands values from one thread to another, in order, holding at most `capacity` of them: a
/// sender waits while the channel is full, a receiver while it is empty. It may be let go
/// with values still in it.
///
/// ```swift
/// let channel = BatchChannel<RelationRowBatch>(capacity: 4)
/// BackgroundJob { channel.send(batch) }
/// let first = channel.receive()
/// ```
final class BatchChannel<Element: Sendable>: Sendable {
    private let queue = Mutex<[Element]>([])
    private let filled = DispatchSemaphore(value: 0)
    private let free: DispatchSemaphore

    init(capacity: Int) {
        // Counted up from 0, not made with its count: a semaphore let go with less than the
        // count it was made with is taken for one still in use, and stops the process. A
        // channel may be let go with values in it.
        free = DispatchSemaphore(value: 0)
        for _ in 0..<max(1, capacity) { free.signal() }
    }

    /// Puts `element` after the others, once there is room. The channel takes it over: a
    /// sender that lets go of its own copy hands its storage on without it being copied.
    func send(_ element: consuming Element) {
        free.wait()
        var moving: Element? = consume element
        queue.withLock { $0.append(moving.take()!) }
        filled.signal()
    }

    /// Lets go of the elements sent and not received, when no more are to be received.
    func removeAll() {
        queue.withLock { $0.removeAll() }
    }

    /// The first element sent and not yet received, once there is one.
    func receive() -> Element {
        filled.wait()
        let element = queue.withLock { $0.removeFirst() }
        free.signal()
        return element
    }
}
