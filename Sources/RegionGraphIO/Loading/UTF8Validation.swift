/// Whether `bytes` are valid UTF-8 (no overlong forms, surrogates or scalars past U+10FFFF:
/// what `String(validating:)` accepts).
///
/// - Complexity: O(*n*); ASCII is checked eight bytes at a time.
func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var index = 0
    @inline(__always) func continuation(_ offset: Int) -> Bool {
        index + offset < count && base[index + offset] & 0xC0 == 0x80
    }
    while index < count {
        if index + 8 <= count,
            raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
            index += 8
            continue
        }
        let byte = base[index]
        if byte < 0x80 {
            index += 1
        } else if byte < 0xC2 {
            return false
        } else if byte < 0xE0 {
            guard continuation(1) else { return false }
            index += 2
        } else if byte < 0xF0 {
            guard continuation(1), continuation(2) else { return false }
            let second = base[index + 1]
            if byte == 0xE0 && second < 0xA0 { return false }  // overlong
            if byte == 0xED && second > 0x9F { return false }  // surrogate
            index += 3
        } else if byte < 0xF5 {
            guard continuation(1), continuation(2), continuation(3) else { return false }
            let second = base[index + 1]
            if byte == 0xF0 && second < 0x90 { return false }  // overlong
            if byte == 0xF4 && second > 0x8F { return false }  // past U+10FFFF
            index += 4
        } else {
            return false
        }
    }
    return true
}
