/// The outcome of checking a dataset: the network, when it holds no errors, and every problem
/// found, errors and warnings, sorted by file, line and column.
///
/// ```swift
/// let validation = Network.validating(records)
/// for problem in validation.diagnostics { print(problem) }
/// let network = try validation.get()
/// ```
public struct DatasetValidation: Sendable {
    /// The network, or `nil` when the dataset has errors.
    public var network: Network?
    public var diagnostics: [Diagnostic]

    public init(network: Network?, diagnostics: [Diagnostic]) {
        self.network = network
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    /// What is worth knowing but no problem, such as the inferred relations.
    public var notes: [Diagnostic] { diagnostics.filter { $0.severity == .note } }

    /// The network, or a ``DatasetError`` holding every diagnostic.
    public func get() throws(DatasetError) -> Network {
        guard let network else { throw DatasetError(diagnostics: diagnostics) }
        return network
    }
}
