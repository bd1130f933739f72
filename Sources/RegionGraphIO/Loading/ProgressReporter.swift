import Foundation


/// Shows how far a load has come on a terminal: one line on standard error, rewritten in place
/// and cleared when the load ends.
///
/// ```
/// loading relations.csv  42% [########............] 75.3/179.3 MB
/// ```
///
/// Nothing is drawn for loads that end within ``delay`` (the shipped data), and nothing at all
/// when standard error is not a terminal: ``terminal(label:)`` then gives `nil`, so piped and
/// logged output stay clean.
///
/// ```swift
/// let validation = try DatasetLoader.load(from: folder, progress: ProgressReporter.terminal())
/// ```
public final class ProgressReporter {
    /// What starts the line, such as the program's name.
    public let label: String
    /// Seconds to wait before drawing the first time.
    public let delay: Double
    /// Seconds between two drawings.
    public let interval: Double

    private let write: (String) -> Void
    private let clock: () -> Double
    private var started: Double?
    private var lastDrawn: Double = -.infinity
    private var drawn = false

    /// A reporter that draws with `write`, reading the time in seconds from `clock`.
    public init(
        label: String = "loading", delay: Double = 0.3, interval: Double = 0.1,
        write: @escaping (String) -> Void, clock: @escaping () -> Double = ProgressReporter.now
    ) {
        self.label = label
        self.delay = delay
        self.interval = interval
        self.write = write
        self.clock = clock
    }

    /// A progress handler for ``DatasetLoader/load(from:progress:)`` that draws on standard
    /// error, or `nil` when standard error is not a terminal (or `TERM` is `dumb`).
    public static func terminal(label: String = "loading") -> ((DatasetLoader.Progress) -> Void)? {
        guard Syscalls.standardErrorIsTerminal, ProcessInfo.processInfo.environment["TERM"] != "dumb" else {
            return nil
        }
        let reporter = ProgressReporter(label: label) { text in
            FileHandle.standardError.write(Data(text.utf8))
        }
        return reporter.update
    }

    /// Seconds on a monotonic clock.
    public static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Takes one report from the loader: draws it when it is time to, and clears the line when
    /// the load is finished.
    public func update(_ progress: DatasetLoader.Progress) {
        let time = clock()
        if started == nil { started = time }
        if progress.stage == .finished {
            if drawn { write("\r\u{1B}[2K") }
            drawn = false
            return
        }
        guard time - started! >= delay, time - lastDrawn >= interval || progress.stage != .reading
        else { return }
        lastDrawn = time
        drawn = true
        write("\r\u{1B}[2K" + Self.line(for: progress, label: label))
    }

    /// The text of the progress line for `progress`, without the control characters.
    ///
    /// ```swift
    /// ProgressReporter.line(for: progress, label: "loading")
    /// // "loading relations.csv  42% [########............] 75.3/179.3 MB"
    /// ```
    public static func line(for progress: DatasetLoader.Progress, label: String, width: Int = 20) -> String {
        let fraction = progress.fractionRead
        let percent = Int((fraction * 100).rounded(.down))
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
        let megabytes = String(format: "%.1f/%.1f MB", Double(progress.bytesRead) / 1e6, Double(progress.totalBytes) / 1e6)
        switch progress.stage {
        case .reading:
            let file = progress.file.map { " " + ($0 as NSString).lastPathComponent } ?? ""
            return "\(label)\(file) \(String(repeating: " ", count: max(0, 3 - String(percent).count)))\(percent)% \(bar) \(megabytes)"
        case .checking:
            return "\(label): checking and indexing \(megabytes)"
        case .finished:
            return ""
        }
    }
}
