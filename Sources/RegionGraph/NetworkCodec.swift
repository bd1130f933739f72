/// A binary form of a checked dataset (``DatasetValidation``): the network as it is kept in
/// memory — entities, documents, the packed relations and their texts, where every fact was
/// recorded — and every diagnostic. Decoding gives a validation whose network answers every
/// query as the encoded one does, with the same diagnostics, without parsing or checking the
/// data again.
///
/// The bytes are for a cache of the same program, not for exchange: the layout may change
/// from one version to the next (``formatVersion``). Decoding treats them as untrusted: every
/// count, length, position, text number and date is checked, so damaged bytes are
/// ``Damaged``, never a crash. Each entity's relations are rebuilt from the relations' ends, so they
/// always agree with them; ids are found by binary search over the entities, which must be
/// sorted.
///
/// ```swift
/// let bytes = NetworkCodec.encode(validation)
/// let again = try NetworkCodec.decode(bytes)   // the same network and diagnostics
/// ```
public enum NetworkCodec {
    /// Bytes that are not an encoding of a validation.
    public struct Damaged: Error, Equatable, Sendable {
        public init() {}
    }

    /// Changes whenever the layout of the bytes changes.
    public static let formatVersion = 5

    private static let magic: [UInt8] = Array("RGNET".utf8)

    /// The bytes of `validation`.
    ///
    /// - Complexity: O(*n* + *m* + *d*) for *n* entities, *m* relations and *d* diagnostics.
    public static func encode(_ validation: DatasetValidation) -> [UInt8] {
        var writer = ByteWriter()
        write(validation, with: &writer)
        return writer.bytes
    }

    /// The bytes of ``encode(_:)``, handed to `emit` in order, about 64 KB at a time, so that
    /// they can be written to a file without all being held in memory.
    ///
    /// ```swift
    /// var bytes: [UInt8] = []
    /// NetworkCodec.encode(validation) { bytes += $0 }   // bytes == NetworkCodec.encode(validation)
    /// ```
    ///
    /// - Complexity: as ``encode(_:)``; memory O(*n*) for the entities' section only.
    public static func encode(_ validation: DatasetValidation, into emit: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(emit) { emit in
            var writer = ByteWriter(emitting: emit)
            write(validation, with: &writer)
            writer.flush()
        }
    }

    private static func write(_ validation: DatasetValidation, with writer: inout ByteWriter) {
        for byte in magic { writer.byte(byte) }
        writer.count(formatVersion)
        writer.count(validation.diagnostics.count)
        for diagnostic in validation.diagnostics {
            writer.diagnostic(diagnostic)
            writer.flushIfFull()
        }
        writer.flag(validation.network != nil)
        if let network = validation.network { writer.network(network) }
    }

    /// The validation `bytes` encode.
    ///
    /// - Throws: ``Damaged`` when `bytes` are not exactly what ``encode(_:)`` writes.
    /// - Complexity: O(*b* + *n* log *n*) for *b* bytes and *n* entities.
    public static func decode(_ bytes: [UInt8]) throws(Damaged) -> DatasetValidation {
        try decode(bytes[...])
    }

    /// The validation `bytes` encode: ``decode(_:)-([UInt8])`` of a part of a larger buffer.
    public static func decode(_ bytes: ArraySlice<UInt8>) throws(Damaged) -> DatasetValidation {
        try bytes.withUnsafeBufferPointer { buffer throws(Damaged) in try decode(buffer) }
    }

    /// The validation `bytes` encode, read in place (from a mapped file, say): nothing of
    /// `bytes` is kept.
    ///
    /// A large network's entities are decoded on a second thread while its relations are
    /// decoded on this one.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Damaged) -> DatasetValidation {
        try decode(bytes, alongside: {})
    }

    /// ``decode(_:)-(UnsafeBufferPointer<UInt8>)``, with `alongside` run once, at the same time
    /// as the decoding when there is a large network to decode (after it otherwise), such as
    /// checking the checksum of the bytes being decoded: decoding checks every value, so
    /// bytes that fail a check made alongside are decoded harmlessly and can be thrown away.
    package static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, alongside: () -> Void
    ) throws(Damaged) -> DatasetValidation {
        var reader = ByteReader(bytes)
        for byte in magic {
            guard try reader.byte() == byte else { throw Damaged() }
        }
        guard try reader.count() == formatVersion else { throw Damaged() }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try reader.count(ofItemsOf: 4)) { diagnostics.append(try reader.diagnostic()) }
        let network: Network?
        if try reader.flag() {
            network = try reader.network(alongside: alongside)
        } else {
            alongside()
            network = nil
        }
        guard reader.isAtEnd else { throw Damaged() }
        return DatasetValidation(network: network, diagnostics: diagnostics)
    }
}

/// The layout's fixed parts, shared by the writing (`NetworkCodec+Writing.swift`) and the
/// reading (`NetworkCodec+Reading.swift`).
enum CodecLayout {
    /// The bytes of a relation's row: ends (4 + 4), type (1), role, start, end, source and
    /// quote (4 each), flags (1).
    static let relationRowSize = 30

    /// The severities, kinds and relation types, by the number that stands for each.
    static let severities: [Diagnostic.Severity] = [.error, .warning, .note]
    static let kinds = EntityKind.allCases
    static let relationTypes = RelationType.allCases
}
