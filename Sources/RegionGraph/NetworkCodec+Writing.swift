/// How ``NetworkCodec`` writes a validation: the values in order, the relations and locations
/// as rows of fixed size.
extension ByteWriter {
    mutating func diagnostic(_ diagnostic: Diagnostic) {
        byte(UInt8(CodecLayout.severities.firstIndex(of: diagnostic.severity)!))
        location(diagnostic.location)
        text(diagnostic.message)
        text(diagnostic.hint)
    }

    mutating func location(_ location: FileLocation?) {
        flag(location != nil)
        guard let location else { return }
        text(location.file)
        text(location.sheet)
        count(location.line)
        count(location.column)
    }

    mutating func validity(_ validity: Validity) {
        date(validity.start)
        date(validity.end)
    }

    mutating func citations(_ citations: [Citation]) {
        count(citations.count)
        for citation in citations {
            text(citation.document?.rawValue)
            text(citation.reference)
            text(citation.quote)
        }
    }

    mutating func network(_ network: Network) {
        count(network.documents.count)
        for document in network.documents {
            flushIfFull()
            text(document.id.rawValue)
            text(document.title)
            text(document.publisher)
            date(document.date)
            text(document.note)
            text(document.file)
            text(document.url)
        }
        // Room for all that follows, about: growing megabytes by doubling copies them.
        let locations = network.recordLocations
        reserve(64 * network.entities.count + (CodecLayout.relationRowSize + 4) * network.ends.count
            + 12 * (locations.relations.count + locations.entities.count) + 2 * network.store.texts.bytes.count)
        // The entities as a section of known length, so that they can be decoded while the
        // rest is.
        count(network.entities.count)
        var section = ByteWriter()
        section.reserve(64 * network.entities.count)
        for entity in network.entities { section.entity(entity) }
        blob(section.bytes)
        // The locations as a section of known length too, so that the relations can be found
        // without reading them. Its rows are of fixed size, so its length is known before
        // they are written: they go straight on, not through a buffer of their own.
        var files = ByteWriter()
        files.count(locations.files.count)
        for origin in locations.files {
            files.text(origin.file)
            files.text(origin.sheet)
        }
        var rowCounts = ByteWriter()
        rowCounts.count(locations.relations.count)
        rowCounts.count(locations.entities.count)
        count(files.bytes.count + rowCounts.bytes.count + 12 * (locations.relations.count + locations.entities.count))
        bytes(files.bytes)
        packedLocations(locations.relations)
        packedLocations(locations.entities)
        relations(network.ends, network.store)
    }

    private mutating func entity(_ entity: Entity) {
        text(entity.id.rawValue)
        byte(UInt8(CodecLayout.kinds.firstIndex(of: entity.kind)!))
        text(entity.name)
        text(entity.shortName)
        count(entity.aliases.count)
        for alias in entity.aliases { text(alias) }
        text(entity.country)
        text(entity.description)
        let attributes = entity.attributes.sorted { utf8Precedes($0.key, $1.key) }
        count(attributes.count)
        for (key, value) in attributes {
            text(key)
            text(value)
        }
        validity(entity.validity)
        citations(entity.citations)
    }

    /// Each relation as a row of ``CodecLayout/relationRowSize`` bytes: its ends, type, packed fields and
    /// flags; then the ids, the extras and the texts.
    private mutating func relations(_ ends: [RelationEnds], _ store: RelationStore) {
        let types = CodecLayout.relationTypes
        count(ends.count)
        rows(count: ends.count, size: CodecLayout.relationRowSize) { numbers, rows in
            for index in numbers {
                let (end, row) = (ends[index], store.packed[index])
                let at = (index - numbers.lowerBound) * CodecLayout.relationRowSize
                func word(_ value: UInt32, _ offset: Int) {
                    rows.storeBytes(of: value.littleEndian, toByteOffset: at + offset, as: UInt32.self)
                }
                word(UInt32(bitPattern: end.from), 0)
                word(UInt32(bitPattern: end.to), 4)
                rows[at + 8] = UInt8(types.firstIndex(of: end.type)!)
                word(row.role, 9)
                word(row.start, 13)
                word(row.end, 17)
                word(row.source, 21)
                word(row.quote, 25)
                rows[at + 29] = row.flags
            }
        }
        count(store.ids.count)
        for id in store.ids {
            count(id)
            flushIfFull()
        }
        let extras = store.extras.sorted { $0.key < $1.key }
        count(extras.count)
        for (position, extra) in extras {
            flushIfFull()
            count(position)
            text(extra.note)
            date(extra.asOf)
            flag(extra.citations != nil)
            if let citations = extra.citations { self.citations(citations) }
        }
        blob(store.texts.bytes)
        words(store.texts.ends)
        flushIfFull()
    }

    /// Each location as a row of 12 bytes: file, line, column.
    private mutating func packedLocations(_ locations: [NetworkBuilder.Location]) {
        count(locations.count)
        rows(count: locations.count, size: 12) { numbers, rows in
            for index in numbers {
                let (location, at) = (locations[index], 12 * (index - numbers.lowerBound))
                rows.storeBytes(of: UInt32(bitPattern: location.file).littleEndian, toByteOffset: at, as: UInt32.self)
                rows.storeBytes(of: UInt32(bitPattern: location.line).littleEndian, toByteOffset: at + 4, as: UInt32.self)
                rows.storeBytes(of: UInt32(bitPattern: location.column).littleEndian, toByteOffset: at + 8, as: UInt32.self)
            }
        }
    }
}
