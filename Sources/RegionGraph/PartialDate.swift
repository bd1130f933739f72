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
    public let year: Int
    public let month: Int?
    public let day: Int?

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
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { throw .malformed(text) }
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.allSatisfy({ $0.isASCII && $0.isNumber }),
                let number = Int(part)
            else { throw .malformed(text) }
            numbers.append(number)
        }
        guard
            let date = PartialDate(
                year: numbers[0],
                month: numbers.count > 1 ? numbers[1] : nil,
                day: numbers.count > 2 ? numbers[2] : nil)
        else { throw .outOfRange(text) }
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
