/// The relations of a network, packed: 24 bytes per relation besides its ends, instead of a
/// ``Relation`` value (over 100 bytes) and an array of citations (another 80).
///
/// Each relation is a ``PackedRelation``: its role, validity and one citation, the texts stored
/// once in ``texts`` and referred to by number, the dates ``PartialDate/packed``. What few
/// relations have (a note, a date stated for, no citation or several) is kept apart, in
/// ``extras``. A ``Relation`` is made again when it is asked for (``relation(at:from:type:to:)``),
/// with its ends' ids from the network's entities; the ends themselves are the network's
/// ``RelationEnds``.
struct RelationStore: Sendable {
    /// The relation ids, by position; empty when every relation's id is its position (as in
    /// every network a builder makes).
    var ids: [Int] = []
    /// The relations, by position.
    var packed: [PackedRelation] = []
    /// The fields that do not fit a ``PackedRelation``, by position, for the relations that
    /// have them.
    var extras: [Int: RelationExtras] = [:]
    /// Every text, once.
    var texts = TextTable()

    /// The number of relations.
    var count: Int { packed.count }

    init() {}

    /// Makes room for `count` more relations.
    mutating func reserveCapacity(_ count: Int) {
        packed.reserveCapacity(packed.count + count)
    }

    /// Adds `relation` at the next position.
    mutating func append(_ relation: Relation) {
        if ids.isEmpty, relation.id.rawValue != count { ids = Array(0..<count) }
        if !ids.isEmpty { ids.append(relation.id.rawValue) }
        let fits = relation.citations.count == 1
            && (relation.citations[0].document == nil || relation.citations[0].reference == nil)
        var row = PackedRelation(
            role: texts.number(of: relation.role), start: relation.validity.start?.packed ?? 0,
            end: relation.validity.end?.packed ?? 0, inferred: relation.certainty == .inferred)
        if fits { cite(relation.citations[0], in: &row) }
        append(row, note: relation.note, asOf: relation.asOf, citations: fits ? nil : relation.citations)
    }

    /// Adds a stated relation with one citation at the next position, its id that position:
    /// ``append(_:)`` without making a ``Relation`` first.
    mutating func appendPlain(
        role: String?, note: String?, start: PartialDate?, end: PartialDate?, asOf: PartialDate?,
        citation: Citation
    ) {
        if !ids.isEmpty { ids.append(count) }
        var row = PackedRelation(
            role: texts.number(of: role), start: start?.packed ?? 0, end: end?.packed ?? 0, inferred: false)
        let fits = citation.document == nil || citation.reference == nil
        if fits { cite(citation, in: &row) }
        append(row, note: note, asOf: asOf, citations: fits ? nil : [citation])
    }

    /// ``appendPlain(role:note:start:end:asOf:citation:)`` with the role, the source (a
    /// document's id when `citesDocument`, else a reference) and the quote as UTF-8 bytes, empty
    /// for none.
    mutating func appendPlain(
        role: Span<UInt8>, note: String?, start: PartialDate?, end: PartialDate?, asOf: PartialDate?,
        source: Span<UInt8>, citesDocument: Bool, quote: Span<UInt8>
    ) {
        if !ids.isEmpty { ids.append(count) }
        var row = PackedRelation(
            role: texts.number(of: role), start: start?.packed ?? 0, end: end?.packed ?? 0, inferred: false)
        row.flags |= PackedRelation.hasCitation | (citesDocument ? PackedRelation.citesDocument : 0)
        row.source = texts.number(of: source)
        row.quote = texts.number(of: quote)
        append(row, note: note, asOf: asOf, citations: nil)
    }

    /// Adds `row` at the next position, with what does not fit it (a note, a date stated for,
    /// citations that are not one) in ``extras``.
    private mutating func append(_ row: PackedRelation, note: String?, asOf: PartialDate?, citations: [Citation]?) {
        var row = row
        if citations != nil || note != nil || asOf != nil {
            row.flags |= PackedRelation.hasExtras
            extras[count] = RelationExtras(note: note, asOf: asOf, citations: citations)
        }
        packed.append(row)
    }

    /// Puts `citation`, which names a document or a reference but not both, into `row`.
    private mutating func cite(_ citation: Citation, in row: inout PackedRelation) {
        row.flags |= PackedRelation.hasCitation
        if let document = citation.document {
            row.flags |= PackedRelation.citesDocument
            row.source = texts.number(of: document.rawValue)
        } else {
            row.source = texts.number(of: citation.reference)
        }
        row.quote = texts.number(of: citation.quote)
    }

    /// The relation at `position`, from `from` to `to` (the ids of its ends) of `type`.
    ///
    /// - Complexity: O(*c*) for *c* citations.
    func relation(at position: Int, from: EntityID, type: RelationType, to: EntityID) -> Relation {
        let row = packed[position]
        let extra = row.flags & PackedRelation.hasExtras != 0 ? extras[position] : nil
        return Relation(
            id: id(at: position), from: from, type: type, to: to, role: texts[row.role],
            validity: validity(at: position), asOf: extra?.asOf, note: extra?.note,
            citations: extra?.citations ?? citations(of: row),
            certainty: row.flags & PackedRelation.inferred != 0 ? .inferred : .stated)
    }

    @inline(__always) func id(at position: Int) -> RelationID {
        RelationID(rawValue: ids.isEmpty ? position : ids[position])
    }

    @inline(__always) func role(at position: Int) -> String? { texts[packed[position].role] }

    func validity(at position: Int) -> Validity {
        Validity(start: PartialDate(packed: packed[position].start), end: PartialDate(packed: packed[position].end))
    }

    /// The citation a packed relation holds, if any.
    private func citations(of row: PackedRelation) -> [Citation] {
        guard row.flags & PackedRelation.hasCitation != 0 else { return [] }
        let quote = texts[row.quote]
        if row.flags & PackedRelation.citesDocument != 0 {
            return [Citation(document: texts[row.source].map(DocumentID.init(rawValue:)), quote: quote)]
        }
        return [Citation(reference: texts[row.source], quote: quote)]
    }

    /// The relations at `positions`, in that order, with their ids and texts.
    ///
    /// - Complexity: O(*k* + *t*) for *k* positions and *t* texts.
    func subset(_ positions: [Int]) -> RelationStore {
        var subset = RelationStore()
        subset.texts = texts.withoutIndex()
        subset.ids = positions.map { id(at: $0).rawValue }
        if subset.ids.elementsEqual(0..<positions.count) { subset.ids = [] }
        subset.packed = positions.map { packed[$0] }
        for (index, position) in positions.enumerated() where packed[position].flags & PackedRelation.hasExtras != 0 {
            subset.extras[index] = extras[position]
        }
        return subset
    }

    /// The store as a network keeps it: the index of texts, needed only while adding, dropped.
    func finished() -> RelationStore {
        var store = self
        store.texts = texts.withoutIndex()
        return store
    }
}

/// A relation's role, validity and citation as text numbers of a ``TextTable`` (0 for none)
/// and ``PartialDate/packed`` dates (0 for none), and flags.
struct PackedRelation: Hashable, Sendable {
    var role: UInt32
    var start: UInt32
    var end: UInt32
    /// The cited document's id or the reference, by ``flags``.
    var source: UInt32 = 0
    var quote: UInt32 = 0
    var flags: UInt8

    /// The relation is inferred.
    static let inferred: UInt8 = 1
    /// `source` and `quote` are the relation's one citation.
    static let hasCitation: UInt8 = 2
    /// The citation names a document (else a reference).
    static let citesDocument: UInt8 = 4
    /// The relation has ``RelationExtras``.
    static let hasExtras: UInt8 = 8
    /// Every flag there is.
    static let all: UInt8 = 15

    init(role: UInt32, start: UInt32, end: UInt32, inferred: Bool) {
        self.role = role
        self.start = start
        self.end = end
        self.flags = inferred ? Self.inferred : 0
    }

    init(role: UInt32, start: UInt32, end: UInt32, source: UInt32, quote: UInt32, flags: UInt8) {
        self.role = role
        self.start = start
        self.end = end
        self.source = source
        self.quote = quote
        self.flags = flags
    }
}

/// What few relations have: a note, the date a document states the fact for, and citations
/// other than one that names a document or a reference (`nil`: the packed one).
struct RelationExtras: Hashable, Sendable {
    var note: String?
    var asOf: PartialDate?
    var citations: [Citation]?
}
