/// How a number cell reads as text, and which texts are written as number cells.
///
/// A whole number reads without a decimal point (the year 2019 is `2019`, not `2019.0`),
/// others as the shortest decimal that is the same number (`0.1`). A text is written as a
/// number only when it reads back as exactly the same text and a spreadsheet shows it as
/// written: `22716` and `1.5` are numbers; `0301`, `1.50`, `1e5`, `+47` and a long organisation
/// number stay text.
///
/// ```swift
/// WorkbookNumber.text(2019)                 // "2019"
/// WorkbookNumber.text(0.1)                  // "0.1"
/// WorkbookNumber.value(ofCanonical: "0301") // nil
/// WorkbookNumber.value(ofCanonical: "22716") // 22716
/// ```
enum WorkbookNumber {
    /// Digits a number cell may have: Excel's General format shows up to 11 characters as
    /// written.
    static let longestNumber = 11

    /// The text of a number cell.
    static func text(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return "\(value)" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    /// The number `text` stands for, when writing it as a number cell reads back as `text`
    /// itself; `nil` for every other text.
    static func value(ofCanonical text: String) -> Double? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : text[...]
        guard !digits.isEmpty, digits.count <= longestNumber,
            digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }),
            let value = Double(text), value.isFinite, Self.text(value) == text
        else { return nil }
        return value
    }
}
