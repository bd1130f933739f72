import Dispatch
import Foundation
import Synchronization

/// A value worked out on another thread while the caller goes on with something else.
///
/// ```swift
/// let survey = BackgroundJob { FileSurvey(path: "net/relations.csv") }
/// let records = try read(otherFiles)          // meanwhile
/// let relations = survey.value                // waits for the survey if it is not done
/// ```
final class BackgroundJob<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let group = DispatchGroup()

    /// Starts `work` on a thread of its own: not on a shared pool, whose threads may all be
    /// waiting for jobs like this one.
    init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        let thread = Thread { [self] in
            let value = work()
            result.withLock { $0 = value }
            group.leave()
        }
        thread.start()
    }

    /// What the work gave, once it is done: waits for it when it is not.
    var value: Value {
        group.wait()
        return result.withLock { $0! }
    }
}
