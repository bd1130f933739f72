/// A pretty-printed JSON object whose large arrays are made one element at a time: what the
/// JSON exports write, so that a document of any size streams through a ``ByteSink`` in the
/// memory of one element, and gives exactly the bytes of ``JSONValue/serialized()`` of the
/// whole value (``value``).
///
/// ```swift
/// let document = JSONDocument(members: [
///     ("format", .value("regiongraph-network")),
///     ("entities", .elements(count: entities.count) { entityValue(entities[$0]) }),
/// ])
/// document.write(to: sink)   // the same bytes as document.value.serialized()
/// ```
struct JSONDocument {
    /// A member's value: whole, left out when `nil`, or an array made element by element.
    enum Member {
        case value(JSONValue?)
        case elements(count: Int, element: (Int) -> JSONValue)
    }

    var members: [(String, Member)]

    /// The members that are there: those with a value, and every array.
    private var present: [(String, Member)] {
        members.filter { _, member in
            if case .value(nil) = member { return false }
            return true
        }
    }

    /// Writes the document, pretty-printed, with a final newline.
    func write(to sink: ByteSink) {
        let members = present
        JSONValue.writeObject(count: members.count, indent: 0, to: sink) { index in
            let (key, member) = members[index]
            JSONValue.writeString(key, to: sink)
            sink.write(": ")
            switch member {
            case .value(let value):
                value?.write(to: sink, indent: 1)
            case .elements(let count, let element):
                JSONValue.writeArray(count: count, indent: 1, to: sink) { element($0).write(to: sink, indent: 2) }
            }
        }
        sink.write(byte: UInt8(ascii: "\n"))
    }

    /// The whole document as one value, every array made.
    var value: JSONValue {
        .object(present.map { key, member in
            switch member {
            case .value(let value): JSONValue.Member(key, value ?? .null)
            case .elements(let count, let element): JSONValue.Member(key, .array((0..<count).map(element)))
            }
        })
    }
}
