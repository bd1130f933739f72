import Testing
@testable import RegionGraph

@Suite struct PartialDateTests {
    @Test(arguments: ["2015", "2021-05", "2021-05-26", "2020-02-29"])
    func parsesAndPrintsTheSameText(_ text: String) throws {
        #expect(try PartialDate(parsing: text).description == text)
    }

    @Test(arguments: ["15", "2021-5", "2021-05-26-01", "2021/05", "", "abcd", "２０２１"])
    func rejectsMalformedText(_ text: String) {
        #expect(throws: PartialDate.ParseError.malformed(text)) { try PartialDate(parsing: text) }
    }

    @Test(arguments: ["2021-13", "2021-02-29", "2021-04-31", "0000"])
    func rejectsDatesNotOnTheCalendar(_ text: String) {
        #expect(throws: PartialDate.ParseError.outOfRange(text)) { try PartialDate(parsing: text) }
    }

    @Test(arguments: [
        "2015", "2021-05", "2021-05-26", "2020-02-29", "15", "2021-5", "2021-05-26-01", "2021/05", "",
        "abcd", "２０２１", "2021-13", "2021-02-29", "0000", "2021-05-", "-2021", "2021--5", "2021\u{301}",
        "20210-5", "2021-05-2x", "9999-12-31",
    ])
    func readsBytesAsItReadsText(_ text: String) {
        let fromText = Result { () throws(PartialDate.ParseError) in try PartialDate(parsing: text) }
        let fromBytes = Result { () throws(PartialDate.ParseError) in try PartialDate(utf8: Array(text.utf8)) }
        let fromSlice = Result { () throws(PartialDate.ParseError) in
            try PartialDate(utf8: Array(("x" + text + "y").utf8).dropFirst().dropLast())
        }
        #expect(fromBytes == fromText)
        #expect(fromSlice == fromText)
    }

    @Test func ordersByFirstDayThenPrecision() throws {
        let dates = try ["2021-05-26", "2021", "2020-12", "2021-05"].map(PartialDate.init(parsing:))
        #expect(dates.sorted().map(\.description) == ["2020-12", "2021", "2021-05", "2021-05-26"])
    }

    @Test func errorMessagesSayWhatToWrite() {
        #expect(PartialDate.ParseError.malformed("20-1").description
            == "'20-1' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    }
}

@Suite struct ValidityTests {
    let plan = Validity(start: PartialDate(year: 2019), end: PartialDate(year: 2020))

    @Test func containsDatesInsideItsPartialBounds() throws {
        #expect(plan.contains(try PartialDate(parsing: "2019-01-01")))
        #expect(plan.contains(try PartialDate(parsing: "2020-12-31")))
        #expect(plan.contains(try PartialDate(parsing: "2020")))
        #expect(!plan.contains(try PartialDate(parsing: "2018-12-31")))
        #expect(!plan.contains(try PartialDate(parsing: "2021")))
    }

    @Test func openBoundsContainEverythingOnThatSide() throws {
        let since2017 = Validity(start: PartialDate(year: 2017))
        #expect(since2017.contains(try PartialDate(parsing: "2030")))
        #expect(!since2017.contains(try PartialDate(parsing: "2016-12")))
        #expect(Validity.always.contains(try PartialDate(parsing: "1900")))
    }

    @Test func describesItself() {
        #expect(plan.description == "2019–2020")
        #expect(Validity(start: PartialDate(year: 2017)).description == "2017–")
        #expect(Validity.always.description == "")
    }
}
