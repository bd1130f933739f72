import Dispatch

/// A few independent jobs run at the same time, on as many threads as there are processors,
/// their results given in the jobs' order.
///
/// ```swift
/// let (outgoing, incoming) = ConcurrentJobs.results(of: { count(.outgoing) }, { count(.incoming) })
/// ```
enum ConcurrentJobs {
    /// Fewer items than this (relations, say) are worked on by the calling thread alone:
    /// handing half of them to another would cost more than it saves.
    static let itemsWorthTwoThreads = 20_000

    /// The results of `first` and `second`: run at the same time when `together`, one after
    /// the other on this thread otherwise. The two must only read what they share.
    static func results<First, Second>(
        of first: () -> First, _ second: () -> Second, together: Bool = true
    ) -> (First, Second) {
        guard together else { return (first(), second()) }
        var results: (First?, Second?) = (nil, nil)
        withUnsafeMutablePointer(to: &results) { slots in
            withoutActuallyEscaping(first) { first in
                withoutActuallyEscaping(second) { second in
                    let shared = Shared(slots: slots, first: first, second: second)
                    // Each job writes its own slot; both are done when this returns.
                    DispatchQueue.concurrentPerform(iterations: 2) { job in
                        if job == 0 { shared.slots.pointee.0 = shared.first() } else { shared.slots.pointee.1 = shared.second() }
                    }
                }
            }
        }
        return (results.0!, results.1!)
    }

    private struct Shared<First, Second>: @unchecked Sendable {
        let slots: UnsafeMutablePointer<(First?, Second?)>
        let first: () -> First
        let second: () -> Second
    }
}
