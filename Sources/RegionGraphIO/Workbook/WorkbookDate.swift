/// Dates in workbooks: Excel keeps a typed date as a serial number (days since 1899-12-30, or
/// since 1904-01-01 in a workbook that says so) shown through a date format. Such a cell reads
/// as an ISO date, `2019-01-01`, with `THH:MM:SS` when it has a time of day.
///
/// ```swift
/// WorkbookDate.isDateFormat(id: 14, code: nil)            // true
/// WorkbookDate.isDateFormat(id: 164, code: "dd.mm.yyyy")  // true
/// WorkbookDate.text(ofSerial: 43466, uses1904: false)     // "2019-01-01"
/// ```
enum WorkbookDate {
    /// Whether the number format `id` (with its `code`, for a format the workbook defines)
    /// shows a date: the built-in formats 14–17 and 22, or a code with a day, month or year
    /// (`d`, `m`, `y`) outside quoted text and brackets. Time-only formats are not dates.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        guard let code else { return (14...17).contains(id) || id == 22 }
        var letters = Set<Character>()
        var quoted = false
        var bracketed = false
        var skipNext = false
        for character in code {
            if skipNext {
                skipNext = false
                continue
            }
            switch character {
            case "\"": quoted.toggle()
            case _ where quoted: continue
            case "[": bracketed = true
            case "]": bracketed = false
            case _ where bracketed: continue
            case "\\", "_", "*": skipNext = true
            case ";": return isDate(letters)
            default: letters.insert(Character(character.lowercased()))
            }
        }
        return isDate(letters)
    }

    /// A day or year makes a date; a month (`m`) does too unless hours or seconds are there,
    /// when it means minutes.
    private static func isDate(_ letters: Set<Character>) -> Bool {
        if letters.contains("d") || letters.contains("y") { return true }
        return letters.contains("m") && !letters.contains("h") && !letters.contains("s")
    }

    /// The ISO date (and time of day, to the second) of serial number `serial`; `nil` for a
    /// negative serial or one past the year 9999.
    ///
    /// In the 1900 system, serial 1 is 1900-01-01 and serial 60 is Excel's 29 February 1900,
    /// a day that never was (kept from Lotus 1-2-3); it reads as `1900-02-29`.
    static func text(ofSerial serial: Double, uses1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        let date: String
        if uses1904 {
            date = civil(daysSince1970: days - 24_107)
        } else if days == 60 {
            date = "1900-02-29"
        } else {
            date = civil(daysSince1970: days - (days < 60 ? 25_568 : 25_569))
        }
        guard seconds > 0 else { return date }
        return date + "T" + [seconds / 3_600, seconds / 60 % 60, seconds % 60].map(twoDigits).joined(separator: ":")
    }

    /// `YYYY-MM-DD` of the day `days` after 1970-01-01 (proleptic Gregorian; Howard
    /// Hinnant's `civil_from_days`).
    static func civil(daysSince1970 days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year) + "-"
            + twoDigits(month) + "-" + twoDigits(day)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
