/// Why the benchmark stopped.
enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case cannotRead(String)
    case cannotWrite(String)
    case invalidData(String)

    var description: String {
        switch self {
        case .usage(let message): message
        case .cannotRead(let path): "cannot read '\(path)'"
        case .cannotWrite(let path): "cannot write '\(path)'"
        case .invalidData(let message): message
        }
    }
}
