/// Which row entities (municipalities) belong to which column entities (councils, forums,
/// companies): the answer of ``Network/membershipMatrix(rows:columns:types:)``.
///
/// Only rows and columns with at least one marked cell are kept.
public struct MembershipMatrix: Hashable, Sendable {
    /// Row entities, sorted by name.
    public var rows: [Entity]
    /// Column entities, sorted by kind, then name.
    public var columns: [Entity]
    /// `cells[row][column]`: the relations from the row entity to the column entity.
    public var cells: [[[Relation]]]

    public init(rows: [Entity], columns: [Entity], cells: [[[Relation]]]) {
        self.rows = rows
        self.columns = columns
        self.cells = cells
    }
}

extension Network {
    /// The membership matrix: rows of the `rows` kinds, columns of the `columns` kinds, a cell
    /// holding the direct relations of `types` from the row entity to the column entity.
    ///
    /// ```swift
    /// let matrix = network.membershipMatrix()
    /// matrix.rows.map(\.name)      // ["Alvdal kommune", "Bjugn kommune", …]
    /// matrix.columns.map(\.name)   // ["Interkommunalt politisk råd Trøndelag Sør", …]
    /// ```
    ///
    /// - Complexity: O(*m* + *r* × *c*) for *m* relations, *r* rows and *c* columns.
    public func membershipMatrix(
        rows rowKinds: Set<EntityKind> = [.municipality],
        columns columnKinds: Set<EntityKind> = MembershipMatrix.defaultColumnKinds,
        types: Set<RelationType> = MembershipMatrix.defaultTypes
    ) -> MembershipMatrix {
        var cells: [EntityID: [EntityID: [Relation]]] = [:]
        for (position, end) in ends.enumerated() where types.contains(end.type) {
            let from = entities[Int(end.from)]
            let to = entities[Int(end.to)]
            guard rowKinds.contains(from.kind), columnKinds.contains(to.kind) else { continue }
            cells[from.id, default: [:]][to.id, default: []].append(relation(at: position))
        }
        let rows = Entity.sortedByName(cells.keys.compactMap(entity))
        let columnIDs = Set(cells.values.flatMap(\.keys))
        // By kind, then name: sorting by name first keeps that order within each kind.
        let byName = Entity.sortedByName(columnIDs.compactMap(entity))
        let rank = Dictionary(uniqueKeysWithValues: byName.enumerated().map { ($1.id, $0) })
        let columns = byName.sorted { $0.kind != $1.kind ? $0.kind < $1.kind : rank[$0.id]! < rank[$1.id]! }
        let grid = rows.map { row in
            columns.map { column in cells[row.id]?[column.id] ?? [] }
        }
        return MembershipMatrix(rows: rows, columns: columns, cells: grid)
    }
}

extension MembershipMatrix {
    /// Councils, forums, companies, boards and regions.
    public static let defaultColumnKinds: Set<EntityKind> = [
        .regionalCouncil, .forum, .company, .board, .region,
    ]

    /// Membership, ownership, parts of a region, representation, board seats and participation.
    public static let defaultTypes: Set<RelationType> = RelationType.membership.union([
        .participatesIn
    ])
}
