extension PartialDate {
    /// The day after the period ends, as a whole date: `2017-12-31` and `2017` both give
    /// `2018-01-01`. `nil` past the year 9999.
    ///
    /// ```swift
    /// try PartialDate(parsing: "2019-02").dayAfter   // 2019-03-01
    /// ```
    public var dayAfter: PartialDate? {
        let (year, month, day) = lastDay
        if day < PartialDate.daysIn(month: month, year: year) { return PartialDate(year: year, month: month, day: day + 1) }
        if month < 12 { return PartialDate(year: year, month: month + 1, day: 1) }
        return PartialDate(year: year + 1, month: 1, day: 1)
    }

    /// The day before the period starts, as a whole date: `2018-01-01` and `2018` both give
    /// `2017-12-31`. `nil` before the year 1.
    public var dayBefore: PartialDate? {
        let (year, month, day) = firstDay
        if day > 1 { return PartialDate(year: year, month: month, day: day - 1) }
        if month > 1 { return PartialDate(year: year, month: month - 1, day: PartialDate.daysIn(month: month - 1, year: year)) }
        return PartialDate(year: year - 1, month: 12, day: 31)
    }
}
