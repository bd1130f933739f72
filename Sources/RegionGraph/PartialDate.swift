/// A calendar date known to the year, the month or the day: `2015`, `2021-05`, `2021-05-26`.
///
/// A partial date stands for the whole period it names: `2021` is 1 January to 31 December 2021.
/// Ordering compares the first day of each period, then the more precise date first.
///
/// ```swift
/// let date = try PartialDate(parsing: "2021-05")
/// date.year        // 2021
/// date.description // "2021-05"
/// ```
public struct PartialDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The date in 32 bits, never zero: the year times 512, the month (0 for none) times 32,
    /// the day (0 for none). A date takes 4 bytes, an optional one 5.
    let packed: UInt32

    /// The year, 1 to 9999.
    public var year: Int { Int(packed >> 9) }
    /// The month, 1 to 12, when known.
    public var month: Int? {
        let month = Int(packed >> 5 & 0xF)
        return month == 0 ? nil : month
    }
    /// The day of the month, when known.
    public var day: Int? {
        let day = Int(packed & 0x1F)
        return day == 0 ? nil : day
    }

    /// Why a text is not a partial date.
    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        case malformed(String)
        case outOfRange(String)

        public var description: String {
            switch self {
            case .malformed(let text):
                "'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
            case .outOfRange(let text):
                "'\(text)' is not a valid calendar date"
            }
        }
    }

    /// Creates a date from its parts; `nil` when the parts do not make a calendar date.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else {
                    return nil
                }
            }
        } else if day != nil {
            return nil
        }
        packed = UInt32(year) << 9 | UInt32(month ?? 0) << 5 | UInt32(day ?? 0)
    }

    /// The date whose ``packed`` form is `packed`, when it is one (a stored date read back).
    init?(packed: UInt32) {
        let month = Int(packed >> 5 & 0xF)
        let day = Int(packed & 0x1F)
        self.init(year: Int(packed >> 9), month: month == 0 ? nil : month, day: day == 0 ? nil : day)
        guard self.packed == packed else { return nil }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// - Throws: ``ParseError/malformed(_:)`` for text in none of the three forms,
    ///   ``ParseError/outOfRange(_:)`` for a form that names no calendar date (`2021-13`).
    public init(parsing text: String) throws(ParseError) {
        try self.init(utf8: text.utf8)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` written as UTF-8 bytes: the parser behind
    /// ``init(parsing:)``, for readers that hold a file's bytes rather than strings.
    ///
    /// ```swift
    /// let date = try PartialDate(utf8: Array("2021-05-26".utf8))
    /// date.day   // 26
    /// ```
    ///
    /// - Throws: the errors of ``init(parsing:)``, holding the bytes decoded as text.
    /// - Complexity: O(1) for a date, besides `bytes.count` (O(1) for arrays, buffers and
    ///   native strings' UTF-8); the error's text reads every byte.
    @inlinable
    public init<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) throws(ParseError) {
        let count = bytes.count
        guard count == 4 || count == 7 || count == 10 else {
            throw .malformed(String(decoding: bytes, as: UTF8.self))
        }
        let start = bytes.startIndex
        func byte(_ offset: Int) -> UInt8 { bytes[bytes.index(start, offsetBy: offset)] }
        // The number the digits at `from ..< to` spell, or nil when one is not a digit.
        func number(_ from: Int, _ to: Int) -> Int? {
            var value = 0
            for offset in from..<to {
                let digit = byte(offset) &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0, 4) else { throw .malformed(String(decoding: bytes, as: UTF8.self)) }
        var month: Int?
        var day: Int?
        if count >= 7 {
            guard byte(4) == UInt8(ascii: "-"), let value = number(5, 7) else {
                throw .malformed(String(decoding: bytes, as: UTF8.self))
            }
            month = value
        }
        if count == 10 {
            guard byte(7) == UInt8(ascii: "-"), let value = number(8, 10) else {
                throw .malformed(String(decoding: bytes, as: UTF8.self))
            }
            day = value
        }
        guard let date = PartialDate(year: year, month: month, day: day) else {
            throw .outOfRange(String(decoding: bytes, as: UTF8.self))
        }
        self = date
    }

    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    /// The first day of the period, as `(year, month, day)`.
    public var firstDay: (Int, Int, Int) { (year, month ?? 1, day ?? 1) }

    /// The last day of the period, as `(year, month, day)`.
    public var lastDay: (Int, Int, Int) {
        let lastMonth = month ?? 12
        return (year, lastMonth, day ?? PartialDate.daysIn(month: lastMonth, year: year))
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
        return lhs.lastDay < rhs.lastDay
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try PartialDate(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
