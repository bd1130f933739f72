/// The entities of a spreadsheet whose every row is plain: an id without white space, a kind
/// that parses and a name that is not blank, and no other column. A reader that finds such a
/// file gives the builder this table instead of a record per row
/// (``NetworkBuilder/init(records:plainEntities:)``), which checks it faster and with the
/// same result.
///
/// ```swift
/// var table = PlainEntityTable(file: "net/entities.csv")
/// table.append(id: "roros", kind: .municipality, written: "municipality", name: "Røros kommune",
///              at: PlainEntityTable.Place(line: 2, idColumn: 1, kindColumn: 7, nameColumn: 20))
/// ```
package struct PlainEntityTable: Sendable {
    /// Where a row's fields are: its line, and the columns (in Unicode scalars, from 1) of its
    /// id, its kind and its name.
    package struct Place: Sendable {
        var line: Int32
        var idColumn: Int32
        var kindColumn: Int32
        var nameColumn: Int32

        package init(line: Int, idColumn: Int, kindColumn: Int, nameColumn: Int) {
            self.line = Int32(truncatingIfNeeded: line)
            self.idColumn = Int32(truncatingIfNeeded: idColumn)
            self.kindColumn = Int32(truncatingIfNeeded: kindColumn)
            self.nameColumn = Int32(truncatingIfNeeded: nameColumn)
        }
    }

    /// The file the rows were read from.
    package let file: String
    /// Each row's id, in file order.
    package private(set) var ids: [String] = []
    private(set) var kinds: [EntityKind] = []
    /// Each kind as written (`county` for ``EntityKind/countyMunicipality``, say).
    private(set) var writtenKinds: [String] = []
    private(set) var names: [String] = []
    private(set) var places: [Place] = []
    /// Whether every id is ASCII.
    private(set) var idsAreASCII = true

    package init(file: String) {
        self.file = file
    }

    /// The number of rows.
    package var count: Int { ids.count }

    package mutating func reserveCapacity(_ count: Int) {
        ids.reserveCapacity(count)
        kinds.reserveCapacity(count)
        writtenKinds.reserveCapacity(count)
        names.reserveCapacity(count)
        places.reserveCapacity(count)
    }

    /// Adds a row: `id` must hold no white space (``NetworkBuilder/isIdentifier(_:)``), `kind`
    /// is what `written` parses to, and `name` must not be blank.
    package mutating func append(id: String, kind: EntityKind, written: String, name: String, at place: Place) {
        if idsAreASCII, !id.isASCII { idsAreASCII = false }
        ids.append(id)
        kinds.append(kind)
        writtenKinds.append(written)
        names.append(name)
        places.append(place)
    }

    /// Where row `index` starts: the record's location.
    func location(ofRow index: Int) -> FileLocation {
        FileLocation(file: file, line: Int(places[index].line), column: 1)
    }

    func location(ofRow index: Int, column: Int32) -> FileLocation {
        FileLocation(file: file, line: Int(places[index].line), column: Int(column))
    }

    /// The rows as the records a spreadsheet reader makes of them, in order.
    ///
    /// - Complexity: O(*n*).
    package var records: [EntityRecord] {
        ids.indices.map { index in
            var record = EntityRecord(location: location(ofRow: index))
            record.requiresCitation = false
            record.id = Located(ids[index], at: location(ofRow: index, column: places[index].idColumn))
            record.kind = Located(writtenKinds[index], at: location(ofRow: index, column: places[index].kindColumn))
            record.name = Located(names[index], at: location(ofRow: index, column: places[index].nameColumn))
            return record
        }
    }
}
