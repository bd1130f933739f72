import RegionGraph

/// The phases after loading: the query file, the co-membership projection and the degrees,
/// each written the way `scripts/bench_peers.py` writes them.
enum BenchPhases {
    /// Answers every line of a query file into `answers.txt`: the query line, a tab, then the
    /// answer ids separated by single spaces, sorted by Unicode code point.
    ///
    /// - `members X`: entities with a member_of relation into X;
    /// - `memberships X`: the targets of X's member_of relations;
    /// - `shared A B`: bodies both A and B are member_of;
    /// - `participants X`: `id:role` for every participates_in or owns relation into X.
    static func answer(_ queries: [UInt8], in network: Network, to path: String) throws(BenchError) {
        let output = try OutputFile(path)
        for rawLine in queries.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            let line = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine
            let words = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
            guard let command = words.first else { continue }
            let arguments: [EntityID] = words.dropFirst().map { EntityID(String(decoding: $0, as: UTF8.self)) }
            line.withUnsafeBufferPointer { output.write(bytes: $0) }
            output.write(byte: UInt8(ascii: "\t"))
            switch (String(decoding: command, as: UTF8.self), arguments.count) {
            case ("members", 1):
                write(network.entities(.memberOf, to: arguments[0]), to: output)
            case ("memberships", 1):
                write(network.entities(.memberOf, from: arguments[0]), to: output)
            case ("shared", 2...):
                write(network.entities(.memberOf, sharedBy: Array(arguments)), to: output)
            case ("participants", 1):
                let items = network.relations(to: arguments[0], types: [.participatesIn, .owns])
                    .map { $0.from.rawValue + ":" + ($0.role ?? "") }
                    .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                for (index, item) in items.enumerated() {
                    if index > 0 { output.write(byte: UInt8(ascii: " ")) }
                    output.write(item)
                }
            default:
                throw .invalidData("cannot read the query '\(String(decoding: line, as: UTF8.self))'")
            }
            output.write(byte: UInt8(ascii: "\n"))
        }
        try output.close()
    }

    private static func write(_ ids: [EntityID], to output: OutputFile) {
        for (index, id) in ids.enumerated() {
            if index > 0 { output.write(byte: UInt8(ascii: " ")) }
            output.write(id.rawValue)
        }
    }

    /// Writes the co-membership projection among municipalities as `a,b,weight` lines, `a < b`,
    /// the lines sorted.
    static func writeProjection(of network: Network, to path: String) throws(BenchError) {
        let projection = network.coMembershipProjection(kind: .municipality, via: .memberOf)
        let ids = projection.entities.map { Array($0.rawValue.utf8) }
        let output = try OutputFile(path)
        // Pairs come ordered by (a, b) in id order. That is the order of the lines too unless
        // an id holds a byte that sorts before ',' (ids normally hold a-z, 0-9 and '-').
        let ordered = ids.allSatisfy { $0.allSatisfy { $0 > UInt8(ascii: ",") } }
        if ordered {
            // Each id followed by its comma, one after another: a line is two copies and a number.
            var fields: [UInt8] = []
            var starts = [0]
            for id in ids {
                fields += id
                fields.append(UInt8(ascii: ","))
                starts.append(fields.count)
            }
            fields.withUnsafeBufferPointer { fields in
                projection.forEachPair { a, b, weight in
                    output.write(bytes: UnsafeBufferPointer(rebasing: fields[starts[a]..<starts[a + 1]]))
                    output.write(bytes: UnsafeBufferPointer(rebasing: fields[starts[b]..<starts[b + 1]]))
                    output.write(weight)
                    output.write(byte: UInt8(ascii: "\n"))
                }
            }
        } else {
            var lines: [[UInt8]] = []
            projection.forEachPair { a, b, weight in
                lines.append(ids[a] + [UInt8(ascii: ",")] + ids[b] + Array(",\(weight)\n".utf8))
            }
            lines.sort { $0.lexicographicallyPrecedes($1) }
            for line in lines {
                line.withUnsafeBufferPointer { output.write(bytes: $0) }
            }
        }
        try output.close()
    }

    /// Writes `id,degree` (relations in plus out) for every entity, sorted by id.
    static func writeDegrees(of network: Network, to path: String) throws(BenchError) {
        let output = try OutputFile(path)
        let degrees = network.degrees
        for (position, id) in network.entityIDs.enumerated() {
            let degree = degrees[position]
            output.write(id.rawValue)
            output.write(byte: UInt8(ascii: ","))
            output.write(degree)
            output.write(byte: UInt8(ascii: "\n"))
        }
        try output.close()
    }
}
