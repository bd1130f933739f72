import RegionGraph

/// Why a YAML text could not be read into nodes, with where libyaml found the problem.
struct YAMLSyntaxError: Error, Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// Not a stream of characters libyaml can read (bad encoding, a control character).
        case reader(byteOffset: Int)
        /// Bad tokens, bad structure, an undefined alias, more than one document.
        case syntax
        /// Nested deeper than ``YAMLNode/maximumDepth``.
        case tooDeep
        /// Aliases expand the text more than ``YAMLNode/maximumExpansion`` times.
        case tooLarge
    }

    var kind: Kind
    var problem: String
    var mark: YAMLMark
    /// What libyaml was reading when it found the problem, and where that started.
    var context: (text: String, mark: YAMLMark)?

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.kind == rhs.kind && lhs.problem == rhs.problem && lhs.mark == rhs.mark
            && lhs.context?.text == rhs.context?.text && lhs.context?.mark == rhs.context?.mark
    }
}

extension YAMLSyntaxError {
    /// The error as a diagnostic of `file`, with a hint on what to do.
    func diagnostic(file: String) -> Diagnostic {
        let place = FileLocation(file: file, line: mark.line, column: mark.column)
        switch kind {
        case .reader(let offset):
            return .error(at: place, "cannot read the file: \(problem) at byte \(offset)",
                hint: "save the file as UTF-8")
        case .tooDeep:
            return .error(at: place, "YAML structure error: \(problem)",
                hint: "the data files need at most five levels of indentation")
        case .tooLarge:
            return .error(at: place, "YAML structure error: \(problem)",
                hint: "write the values out instead of repeating them with aliases (*name)")
        case .syntax:
            let context = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return .error(at: place, "YAML syntax error: \(problem)\(context)",
                hint: "check indentation, and quote values that contain ': ', '#', or start with a special character")
        }
    }
}
