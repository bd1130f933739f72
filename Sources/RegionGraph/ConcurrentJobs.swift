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

    /// Runs `job` for each of `0 ..< count`: at the same time when `together`, each thread
    /// taking the next number when it is free (so put the longest jobs first), and in order
    /// on this thread otherwise. Returns when every job is done. The jobs must only read what
    /// they share.
    ///
    /// ```swift
    /// ConcurrentJobs.run(3, together: true) { job in decode(part: job) }
    /// ```
    static func run(_ count: Int, together: Bool = true, _ job: (Int) -> Void) {
        guard together, count > 1 else {
            for index in 0..<count { job(index) }
            return
        }
        withoutActuallyEscaping(job) { job in
            let shared = SharedJob(job: job)
            DispatchQueue.concurrentPerform(iterations: count) { shared.job($0) }
        }
    }

    /// The results of `first` and `second`: run at the same time when `together`, one after
    /// the other on this thread otherwise. The two must only read what they share.
    static func results<First, Second>(
        of first: () -> First, _ second: () -> Second, together: Bool = true
    ) -> (First, Second) {
        guard together else { return (first(), second()) }
        var results: (First?, Second?) = (nil, nil)
        withUnsafeMutablePointer(to: &results) { slots in
            let slots = SharedSlots(slots: slots)
            // Each job writes its own slot; both are done when `run` returns.
            run(2) { job in
                if job == 0 { slots.slots.pointee.0 = first() } else { slots.slots.pointee.1 = second() }
            }
        }
        return (results.0!, results.1!)
    }

    private struct SharedJob: @unchecked Sendable {
        let job: (Int) -> Void
    }

    private struct SharedSlots<First, Second>: @unchecked Sendable {
        let slots: UnsafeMutablePointer<(First?, Second?)>
    }
}
