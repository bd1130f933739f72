/// Where the relations and entities of a network were recorded, packed: 12 bytes per record
/// and one path per data file.
///
/// Relations are found by their id (``RelationID/rawValue``), which a snapshot keeps; entities by
/// their position in ``Network/entities``.
struct RecordLocations: Sendable {
    /// The data files (or sheets of a workbook), by number.
    var files: [FileLocation.Origin] = []
    /// Where each relation was read, by relation id.
    var relations: [NetworkBuilder.Location] = []
    /// Where each entity was defined, by position in the network's entities.
    var entities: [NetworkBuilder.Location] = []

    /// The location of the relation with id `relation`, or `nil` when none was kept.
    ///
    /// - Complexity: O(1).
    func relation(_ relation: Int) -> FileLocation? {
        guard relations.indices.contains(relation) else { return nil }
        return location(relations[relation])
    }

    /// The location of the entity at `position`, or `nil` when none was kept.
    ///
    /// - Complexity: O(1).
    func entity(_ position: Int) -> FileLocation? {
        guard entities.indices.contains(position) else { return nil }
        return location(entities[position])
    }

    private func location(_ packed: NetworkBuilder.Location) -> FileLocation? {
        guard packed.file >= 0, Int(packed.file) < files.count else { return nil }
        return FileLocation(files[Int(packed.file)], line: Int(packed.line), column: Int(packed.column))
    }
}
