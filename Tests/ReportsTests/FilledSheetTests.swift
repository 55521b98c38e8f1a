import Foundation
import Spreadsheet
import Testing
@testable import Reports

/// What Excel makes of a typed time, and the Norwegian order of names, read back as a volunteer meant them.
struct FilledSheetTests {
    @Test func datesAndTimesExcelRecognisedReadAsTyped() {
        #expect(FilledSheet.text(.date(serial: 0.75, uses1904: false)) == "18:00")
        #expect(FilledSheet.text(.date(serial: 0.8125, uses1904: false)) == "19:30")
        // 20 November 2026 18:30 in the 1900 date system, and the same day in the 1904 system.
        #expect(FilledSheet.text(.date(serial: 46_346.770_833_333_3, uses1904: false)) == "2026-11-20 18:30")
        #expect(FilledSheet.text(.date(serial: 44_884.5, uses1904: true)) == "2026-11-20 12:00")
        #expect(FilledSheet.text(.number(1)) == "1")
        #expect(FilledSheet.text(.text("  i går 19:30 ")) == "i går 19:30")
    }

    @Test func namesSortTheNorwegianWay() {
        let names = ["Åsheim", "Zahl", "Østby", "Ærø", "aas", "Berg"]
        #expect(names.sorted { SheetOrder.collating($0) < SheetOrder.collating($1) } == ["aas", "Berg", "Zahl", "Ærø", "Østby", "Åsheim"])
    }

    @Test func headingsAreFoundInEitherLanguage() {
        #expect(SheetColumn(heading: " utfall (TAST) ") == .outcome)
        #expect(SheetColumn(heading: "Date/time") == .time)
        #expect(SheetColumn(heading: "Referanse") == nil)
    }
}
