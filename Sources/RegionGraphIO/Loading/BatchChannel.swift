import Dispatch
import Synchronization

/// Hands values from one thread to another, in order, holding at most `capacity` of them: a
/// sender waits while the channel is full, a receiver while it is empty.
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
        free = DispatchSemaphore(value: max(1, capacity))
    }

    /// Puts `element` after the others, once there is room.
    func send(_ element: Element) {
        free.wait()
        queue.withLock { $0.append(element) }
        filled.signal()
    }

    /// The first element sent and not yet received, once there is one.
    func receive() -> Element {
        filled.wait()
        let element = queue.withLock { $0.removeFirst() }
        free.signal()
        return element
    }
}
