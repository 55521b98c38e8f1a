import Foundation
import Testing
@testable import Spreadsheet

@Suite struct EncodingTests {
    static let norwegian = "Fornavn;Sted\r\nÆrlig Øystein Åse;Tromsø\r\nælg øy ål;Bodø\r\n"
    static let sami = "Fornavn;Sted\r\nÁilu Čáhppes Đ ŋ Š Ŧ Ž;Kárášjohka\r\nsárá čđŋšŧž;Guovdageaidnu\r\n"

    @Test func utf8WithoutByteOrderMark() throws {
        let source = try TableReader.openCSV(bytes: Array(EncodingTests.sami.utf8))
        #expect(try allTexts(source) == [["Áilu Čáhppes Đ ŋ Š Ŧ Ž", "Kárášjohka"],
                                          ["sárá čđŋšŧž", "Guovdageaidnu"]])
        #expect(source.format == .csv(delimiter: ";", encoding: .utf8))
        #expect(source.warnings.isEmpty)
    }

    @Test func utf8WithByteOrderMark() throws {
        let source = try TableReader.openCSV(bytes: [0xEF, 0xBB, 0xBF] + Array(EncodingTests.norwegian.utf8))
        #expect(source.headers == ["Fornavn", "Sted"])
        #expect(try allTexts(source) == [["Ærlig Øystein Åse", "Tromsø"], ["ælg øy ål", "Bodø"]])
    }

    @Test(arguments: [true, false])
    func utf16WithByteOrderMark(littleEndian: Bool) throws {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in (EncodingTests.sami + "emoji;😀\r\n").utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let source = try TableReader.openCSV(bytes: bytes)
        #expect(source.headers == ["Fornavn", "Sted"])
        #expect(try allTexts(source) == [["Áilu Čáhppes Đ ŋ Š Ŧ Ž", "Kárášjohka"], ["sárá čđŋšŧž", "Guovdageaidnu"],
                                          ["emoji", "😀"]])
        #expect(source.format == .csv(delimiter: ";", encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian))
    }

    @Test func utf16AcrossManyChunks() throws {
        var text = "id;navn\r\n"
        for index in 0..<20_000 { text += "\(index);Åsa Øvergård 😀\r\n" }
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let rows = try allTexts(try TableReader.openCSV(bytes: bytes))
        #expect(rows.count == 20_000)
        #expect(rows.allSatisfy { $0[1] == "Åsa Øvergård 😀" })
    }

    @Test func windows1252FallbackWithWarning() throws {
        // Windows-1252 has á, š and ž of the Sami letters; č, đ, ŋ and ŧ cannot be written in it at all.
        let text = "Fornavn;Sted;Beløp\r\nÆrlig Øystein Åse;Tromsø;€ 500\r\nælg øy ål;Kárášjohka žž;–\r\n"
        let bytes = try #require(windows1252(text))
        let folder = try TempFolder()
        let source = try TableReader.open(url: try folder.file("ansi.csv", bytes))
        #expect(source.headers == ["Fornavn", "Sted", "Beløp"])
        #expect(try allTexts(source) == [["Ærlig Øystein Åse", "Tromsø", "€ 500"], ["ælg øy ål", "Kárášjohka žž", "–"]])
        #expect(source.format == .csv(delimiter: ";", encoding: .windows1252))
        #expect(source.warnings.count == 1)
        #expect(source.warnings.first?.english.contains("Windows-1252") == true)
    }

    @Test func invalidUTF8AfterValidUTF8IsAnError() throws {
        let bytes = Array("navn;sted\nØystein;Tromsø\nOla;".utf8) + [0xF8, 0x0A]
        let source = try TableReader.openCSV(bytes: bytes, file: "blandet.csv")
        _ = try source.next()
        let error = spreadsheetError { _ = try source.next() }
        #expect(error?.kind == .invalidText)
        #expect(error?.row == 3)
        #expect(error?.column == 1)
        #expect(error?.description == "blandet.csv:3:B: the text is not valid UTF-8")
    }

    private func windows1252(_ text: String) -> [UInt8]? {
        text.data(using: .windowsCP1252).map { Array($0) }
    }
}
