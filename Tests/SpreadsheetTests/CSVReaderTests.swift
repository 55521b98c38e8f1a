import Foundation
import Testing
@testable import Spreadsheet

@Suite struct CSVReaderTests {
    @Test func readsSemicolonFileAsNorwegianExcelWritesIt() throws {
        let folder = try TempFolder()
        let url = try folder.file("medlemmer.csv", utf8: "Medlemsnr;Fornavn;Etternavn\r\n1001;Kari;Nordmann\r\n1002;Ola;Hansen\r\n")
        let source = try TableReader.open(url: url)
        #expect(source.headers == ["Medlemsnr", "Fornavn", "Etternavn"])
        #expect(source.format == .csv(delimiter: ";", encoding: .utf8))
        let rows = try allRows(source)
        #expect(rows.map(\.number) == [2, 3])
        #expect(rows.map { $0.cells.map(\.text) } == [["1001", "Kari", "Nordmann"], ["1002", "Ola", "Hansen"]])
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3\n", Character(",")),
        ("a\tb\tc\n1\t2\t3\n", Character("\t")),
        ("a;b;c\n1;2;3\n", Character(";")),
        ("\"x;y\",b,c\n1,2,3\n", Character(",")),
        ("name;note\nOla;\"a, b, c, d\"\n", Character(";")),
    ])
    func sniffsTheDelimiterFromTheHeader(text: String, delimiter: Character) throws {
        let source = try TableReader.openCSV(bytes: Array(text.utf8))
        guard case .csv(let found, _) = source.format else { Issue.record("not CSV"); return }
        #expect(found == delimiter)
        #expect(source.headers.count == 2 || source.headers.count == 3)
        #expect(try allRows(source).count == 1)
    }

    @Test func honoursExcelSepLine() throws {
        let source = try TableReader.openCSV(bytes: Array("sep=,\r\na;b,c\r\n1;2,3\r\n".utf8))
        #expect(source.headers == ["a;b", "c"])
        #expect(try allTexts(source) == [["1;2", "3"]])
    }

    @Test func quotingWithDelimitersNewlinesAndDoubledQuotes() throws {
        let text = "navn;adresse;merknad\r\n\"Nordmann; Kari\";\"Storgata 1\r\n9008 Tromsø\";\"sa \"\"ja\"\"\"\r\nOla;\"\";x\r\n"
        let source = try TableReader.openCSV(bytes: Array(text.utf8))
        let rows = try allRows(source)
        #expect(rows.count == 2)
        #expect(rows[0].cells.map(\.text) == ["Nordmann; Kari", "Storgata 1\r\n9008 Tromsø", "sa \"ja\""])
        #expect(rows[1].cells == [.text("Ola"), .empty, .text("x")])
        #expect(rows.map(\.number) == [2, 3])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func acceptsEveryLineEnding(ending: String) throws {
        let text = ["a;b", "1;2", "3;4"].joined(separator: ending) + ending
        let source = try TableReader.openCSV(bytes: Array(text.utf8))
        #expect(try allTexts(source) == [["1", "2"], ["3", "4"]])
    }

    @Test func skipsBlankRowsButCountsThem() throws {
        let text = "\n\n;;\nid;navn\n\n1;Kari\n;\n  ;  \n2;Ola\n\n\n"
        let source = try TableReader.openCSV(bytes: Array(text.utf8))
        #expect(source.headers == ["id", "navn"])
        #expect(source.headerRowNumber == 4)
        let rows = try allRows(source)
        #expect(rows.map(\.number) == [6, 9])
        #expect(rows.map { $0.cells.map(\.text) } == [["1", "Kari"], ["2", "Ola"]])
    }

    @Test func lastRecordWithoutLineEnd() throws {
        let source = try TableReader.openCSV(bytes: Array("a;b\n1;\"2\"".utf8))
        #expect(try allTexts(source) == [["1", "2"]])
    }

    @Test func rowsShorterOrLongerThanTheHeader() throws {
        let source = try TableReader.openCSV(bytes: Array("a;b;c\n1\n1;2;3;4\n".utf8))
        let rows = try allRows(source)
        #expect(rows[0].cells.count == 1)
        #expect(rows[0][2] == .empty)
        #expect(rows[1][3] == .text("4"))
    }

    @Test func looseQuotesInsideUnquotedFieldsAreText() throws {
        let source = try TableReader.openCSV(bytes: Array("a;b\n5\" skjerm;\"x\"y\n".utf8))
        #expect(try allTexts(source) == [["5\" skjerm", "xy"]])
    }

    @Test func fieldsSpanningChunkBoundaries() throws {
        var text = "id;tekst\r\n"
        var expected: [[String]] = []
        for index in 0..<3000 {
            let long = String(repeating: "æøå\(index)", count: index % 40)
            if index % 3 == 0 {
                text += "\(index);\"\(long)\r\n;\"\"\"\r\n"
                expected.append(["\(index)", "\(long)\r\n;\""])
            } else {
                text += "\(index);\(long)\r\n"
                expected.append(["\(index)", long])
            }
        }
        let source = try TableReader.openCSV(bytes: Array(text.utf8))
        #expect(try allTexts(source) == expected)
    }

    @Test func headerOnlyFileHasNoRows() throws {
        let folder = try TempFolder()
        let url = try folder.file("tom.csv", utf8: "Medlemsnr;Navn\r\n")
        let source = try TableReader.open(url: url)
        #expect(source.headers == ["Medlemsnr", "Navn"])
        #expect(try source.next() == nil)
        #expect(try source.next() == nil)
    }

    @Test func formatIsChosenByContentNotName() throws {
        let folder = try TempFolder()
        let url = try folder.file("register.xlsx", utf8: "a;b\n1;2\n")
        let source = try TableReader.open(url: url)
        #expect(source.format == .csv(delimiter: ";", encoding: .utf8))
    }

    /// Reading a million-row file keeps memory bounded. Measured in a process of its own (this test bundle again, for
    /// the probe below only): the suites running beside this one allocate in the same process.
    @Test func millionRowFileStreamsInBoundedMemory() throws {
        let folder = try TempFolder()
        let log = folder.path("probe.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--testing-library", "swift-testing", "--filter", "millionRowMemoryProbe"]
        process.environment = ProcessInfo.processInfo.environment.merging(["DUES_MEMORY_PROBE": "1"]) { $1 }
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        try output.close()
        let report = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 0, "\(report.suffix(2000))")
        #expect(report.contains("millionRowMemoryProbe() passed"), "the probe ran: \(report.suffix(2000))")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["DUES_MEMORY_PROBE"] != nil))
    func millionRowMemoryProbe() throws {
        let folder = try TempFolder()
        let url = folder.path("stor.csv")
        let handle = try FileHandle(forWritingTo: {
            FileManager.default.createFile(atPath: url.path, contents: nil)
            return url
        }())
        // About 140 MB: a reader that held the whole file would cross the bound below by far.
        var chunk = "Medlemsnr;Fornavn;Etternavn;Mobil;E-post;Adresse;Lokallag;Innmeldt;Betalt 2025\r\n"
        let address = "Storgata 1, c/o Nordmann, 9008 Tromsø, oppgang B, tredje etasje"
        for index in 1...1_000_000 {
            chunk += "\(index);Kari;Nordmann-Ås;41234567;kari\(index)@example.no;\(address);Tromsø;01.02.2019;\(index % 2 == 0 ? "Ja" : "Nei")\r\n"
            if chunk.utf8.count > 1 << 20 {
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
        try handle.close()
        let (residentBefore, peakBefore) = (residentMegabytes(), peakResidentMegabytes())
        let source = try TableReader.open(url: url)
        var count = 0
        var last = TableRow(number: 0, cells: [])
        while let row = try source.next() {
            count += 1
            last = row
        }
        #expect(count == 1_000_000)
        #expect(last.number == 1_000_001)
        #expect(last[4] == .text("kari1000000@example.no"))
        #expect(peakResidentMegabytes() <= max(peakBefore, residentBefore + 50))
    }
}

/// The process's resident memory now (`VmRSS`) and at its peak (`VmHWM`), from /proc.
func residentMegabytes() -> Int { procStatus("VmRSS:") }
func peakResidentMegabytes() -> Int { procStatus("VmHWM:") }

private func procStatus(_ key: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key) }),
          let kilobytes = Int(line.filter(\.isNumber)) else { return 0 }
    return kilobytes / 1024
}
