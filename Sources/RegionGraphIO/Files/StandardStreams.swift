/// Standard input, output and error as a command-line program finds them.
///
/// A program started with one of them closed would have that number handed to the next file it
/// opens, and then write its answer into that file. ``reserveClosedDescriptors()`` keeps the
/// numbers taken and says which streams were closed, so the program can say so instead.
///
/// ```swift
/// let closed = StandardStreams.reserveClosedDescriptors()   // call first thing in main
/// if closed.contains(.output) { … }
/// ```
public enum StandardStreams: Int32, Sendable, Hashable, CaseIterable {
    case input = 0, output = 1, error = 2

    /// Opens `/dev/null` in place of every closed standard stream and returns those streams.
    public static func reserveClosedDescriptors() -> Set<StandardStreams> {
        Set(Syscalls.reserveClosedStandardDescriptors().compactMap(StandardStreams.init(rawValue:)))
    }

    /// The width in columns of the terminal this stream writes to; `nil` when it goes to a
    /// file or a pipe.
    ///
    /// ```swift
    /// StandardStreams.output.terminalColumns   // 120 in a 120-column terminal, nil in a pipe
    /// ```
    public var terminalColumns: Int? { Syscalls.terminalColumns(rawValue) }
}
