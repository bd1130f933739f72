import RegionGraph

/// A compact binary form of parsed data files (``DatasetRecords``, one per file), for
/// ``RecordsCache``: every value, location and diagnostic the readers produced, so that
/// decoding gives exactly what parsing gave.
///
/// Strings are stored once in a table and referred to by index (a file's path appears in every
/// location of it); integers are variable-length. Decoding checks every length and index, so
/// damaged bytes are an error, never a crash.
///
/// ```swift
/// let bytes = RecordsCodec.encode(parts)
/// let again = try RecordsCodec.decode(bytes)   // == parts
/// ```
enum RecordsCodec {
    /// Bytes that are not an encoding of records.
    struct Damaged: Error, Equatable {}

    /// - Complexity: O(*n*) in the size of the records.
    static func encode(_ parts: [DatasetRecords]) -> [UInt8] {
        var writer = Writer()
        writer.count(parts.count)
        for part in parts { writer.records(part) }
        var output = Writer()
        output.count(writer.strings.count)
        for string in writer.strings {
            let utf8 = Array(string.utf8)
            output.count(utf8.count)
            output.bytes += utf8
        }
        return output.bytes + writer.bytes
    }

    /// - Throws: ``Damaged`` when `bytes` are not exactly an encoding of records.
    /// - Complexity: O(*n*) in the length of `bytes`.
    static func decode(_ bytes: [UInt8]) throws(Damaged) -> [DatasetRecords] {
        try bytes.withUnsafeBufferPointer { buffer throws(Damaged) in
            var reader = Reader(bytes: buffer)
            let stringCount = try reader.itemCount()
            reader.strings.reserveCapacity(stringCount)
            for _ in 0..<stringCount {
                let length = try reader.count()
                guard reader.offset + length <= buffer.count else { throw Damaged() }
                reader.strings.append(String(
                    decoding: UnsafeBufferPointer(rebasing: buffer[reader.offset..<(reader.offset + length)]),
                    as: UTF8.self))
                reader.offset += length
            }
            var parts: [DatasetRecords] = []
            for _ in 0..<(try reader.count()) { parts.append(try reader.records()) }
            guard reader.offset == buffer.count else { throw Damaged() }
            return parts
        }
    }

    private struct Writer {
        var bytes: [UInt8] = []
        var strings: [String] = []
        var indexes: [String: Int] = [:]

        mutating func count(_ value: Int) {
            var value = UInt64(value)
            while value >= 0x80 {
                bytes.append(UInt8(value & 0x7F) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }

        mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

        mutating func string(_ value: String) {
            if let index = indexes[value] {
                count(index)
            } else {
                indexes[value] = strings.count
                count(strings.count)
                strings.append(value)
            }
        }

        mutating func string(_ value: String?) {
            flag(value != nil)
            if let value { string(value) }
        }

        /// 0 for none, 1 for a place in a text file, 2 for a cell of a workbook's sheet.
        mutating func location(_ value: FileLocation?) {
            guard let value else { return bytes.append(0) }
            bytes.append(value.sheet == nil ? 1 : 2)
            if let sheet = value.sheet { string(sheet) }
            string(value.file)
            count(value.line)
            count(value.column)
        }

        mutating func located(_ value: Located<String>?) {
            flag(value != nil)
            guard let value else { return }
            string(value.value)
            location(value.location)
        }

        mutating func citations(_ values: [CitationRecord]) {
            count(values.count)
            for citation in values {
                location(citation.location)
                located(citation.document)
                located(citation.quote)
            }
        }

        mutating func records(_ records: DatasetRecords) {
            count(records.documents.count)
            for document in records.documents {
                location(document.location)
                located(document.id)
                located(document.title)
                string(document.publisher)
                located(document.date)
                string(document.note)
                string(document.file)
                located(document.url)
            }
            count(records.entities.count)
            for entity in records.entities {
                location(entity.location)
                located(entity.id)
                located(entity.kind)
                located(entity.name)
                string(entity.shortName)
                count(entity.aliases.count)
                for alias in entity.aliases { string(alias) }
                located(entity.country)
                string(entity.description)
                let attributes = entity.attributes.sorted { $0.key < $1.key }
                count(attributes.count)
                for (key, value) in attributes {
                    string(key)
                    string(value)
                }
                located(entity.start)
                located(entity.end)
                citations(entity.citations)
                flag(entity.requiresCitation)
            }
            count(records.relations.count)
            for relation in records.relations {
                location(relation.location)
                located(relation.from)
                located(relation.type)
                located(relation.to)
                string(relation.role)
                located(relation.start)
                located(relation.end)
                located(relation.asOf)
                string(relation.note)
                located(relation.certainty)
                citations(relation.citations)
                flag(relation.requiresKnownDocument)
            }
            count(records.diagnostics.count)
            for diagnostic in records.diagnostics {
                flag(diagnostic.severity == .error)
                location(diagnostic.location)
                string(diagnostic.message)
                string(diagnostic.hint)
            }
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0
        var strings: [String] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func byte() throws(Damaged) -> UInt8 {
            guard offset < bytes.count else { throw Damaged() }
            defer { offset += 1 }
            return bytes[offset]
        }

        /// A non-negative integer that fits in an `Int`.
        mutating func count() throws(Damaged) -> Int {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = try byte()
                guard shift < 63 else { throw Damaged() }
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { break }
                shift += 7
            }
            guard value <= UInt64(Int32.max) else { throw Damaged() }
            return Int(value)
        }

        mutating func flag() throws(Damaged) -> Bool {
            switch try byte() {
            case 0: false
            case 1: true
            default: throw Damaged()
            }
        }

        mutating func string() throws(Damaged) -> String {
            let index = try count()
            guard index < strings.count else { throw Damaged() }
            return strings[index]
        }

        mutating func optionalString() throws(Damaged) -> String? {
            try flag() ? try string() : nil
        }

        mutating func location() throws(Damaged) -> FileLocation? {
            switch try byte() {
            case 0: return nil
            case 1: return FileLocation(file: try string(), line: try count(), column: try count())
            case 2:
                let sheet = try string()
                return FileLocation(file: try string(), sheet: sheet, row: try count(), column: try count())
            default: throw Damaged()
            }
        }

        mutating func located() throws(Damaged) -> Located<String>? {
            guard try flag() else { return nil }
            return Located(try string(), at: try location())
        }

        /// A count of items that each take at least one byte: never more than the bytes left.
        mutating func itemCount() throws(Damaged) -> Int {
            let value = try count()
            guard value <= bytes.count - offset else { throw Damaged() }
            return value
        }

        mutating func citations() throws(Damaged) -> [CitationRecord] {
            var result: [CitationRecord] = []
            for _ in 0..<(try itemCount()) {
                result.append(CitationRecord(location: try location(), document: try located(), quote: try located()))
            }
            return result
        }

        mutating func records() throws(Damaged) -> DatasetRecords {
            var records = DatasetRecords()
            for _ in 0..<(try itemCount()) {
                var document = DocumentRecord(location: try location())
                document.id = try located()
                document.title = try located()
                document.publisher = try optionalString()
                document.date = try located()
                document.note = try optionalString()
                document.file = try optionalString()
                document.url = try located()
                records.documents.append(document)
            }
            for _ in 0..<(try itemCount()) {
                var entity = EntityRecord(location: try location())
                entity.id = try located()
                entity.kind = try located()
                entity.name = try located()
                entity.shortName = try optionalString()
                for _ in 0..<(try itemCount()) { entity.aliases.append(try string()) }
                entity.country = try located()
                entity.description = try optionalString()
                for _ in 0..<(try itemCount()) {
                    let key = try string()
                    entity.attributes[key] = try string()
                }
                entity.start = try located()
                entity.end = try located()
                entity.citations = try citations()
                entity.requiresCitation = try flag()
                records.entities.append(entity)
            }
            for _ in 0..<(try itemCount()) {
                var relation = RelationRecord(location: try location())
                relation.from = try located()
                relation.type = try located()
                relation.to = try located()
                relation.role = try optionalString()
                relation.start = try located()
                relation.end = try located()
                relation.asOf = try located()
                relation.note = try optionalString()
                relation.certainty = try located()
                relation.citations = try citations()
                relation.requiresKnownDocument = try flag()
                records.relations.append(relation)
            }
            for _ in 0..<(try itemCount()) {
                let severity: Diagnostic.Severity = try flag() ? .error : .warning
                let location = try location()
                records.diagnostics.append(
                    Diagnostic(severity, at: location, try string(), hint: try optionalString()))
            }
            return records
        }
    }
}
