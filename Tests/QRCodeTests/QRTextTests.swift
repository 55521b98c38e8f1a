import Foundation
import QRCode
import TestSupport
import TextCells
import XCTest

final class QRTextTests: XCTestCase {
    private let uri = "tel:+4741234567"

    /// Reads drawn half blocks back into modules, the way a camera would see the light and dark halves.
    private func parse(_ lines: [String]) -> [[Bool]] {
        var rows: [[Bool]] = []
        for line in lines {
            var upper: [Bool] = []
            var lower: [Bool] = []
            for character in line {
                switch character {
                case "█": upper.append(true); lower.append(true)
                case "▀": upper.append(true); lower.append(false)
                case "▄": upper.append(false); lower.append(true)
                case " ": upper.append(false); lower.append(false)
                default: XCTFail("unexpected character \(character)")
                }
            }
            rows.append(upper)
            rows.append(lower)
        }
        return rows
    }

    func testDrawnCodeReadsBackAsLibqrencodesMatrix() throws {
        let matrix = try XCTUnwrap(QRMatrix(encoding: uri))
        XCTAssertEqual(matrix.modules.count, matrix.modules.first?.count)
        let lines = QRText.lines(matrix.modules)
        var read = parse(lines)
        let side = matrix.size + 2 * QRText.quietZone
        XCTAssertEqual(lines.count, (side + 1) / 2)
        XCTAssertTrue(lines.allSatisfy { $0.count == side })
        if read.count > side {
            XCTAssertTrue(read.removeLast().allSatisfy { !$0 }, "the padding half row is light")
        }
        let zone = QRText.quietZone
        let inner = read[zone..<(side - zone)].map { Array($0[zone..<(side - zone)]) }
        XCTAssertEqual(inner, matrix.modules)
    }

    func testQuietZoneIsFourLightModulesOnEverySide() throws {
        let matrix = try XCTUnwrap(QRMatrix(encoding: uri))
        let read = parse(QRText.lines(matrix.modules))
        let side = matrix.size + 2 * QRText.quietZone
        for index in 0..<QRText.quietZone {
            XCTAssertFalse(read[index].contains(true), "top row \(index)")
            XCTAssertFalse(read[side - 1 - index].contains(true), "bottom row \(index)")
            XCTAssertFalse(read[0..<side].contains { $0[index] || $0[side - 1 - index] }, "side column \(index)")
        }
        // The finder pattern's corner starts right inside the zone.
        XCTAssertTrue(read[QRText.quietZone][QRText.quietZone])
    }

    func testColouredLinesAreBlackOnWhiteAndReset() throws {
        let matrix = try XCTUnwrap(QRMatrix(encoding: uri))
        for line in QRText.coloured(matrix.modules) {
            XCTAssertTrue(line.hasPrefix("\u{1B}[30;47m"))
            XCTAssertTrue(line.hasSuffix("\u{1B}[0m"))
        }
    }

    func testDifferentTextGivesDifferentCodeAndEmptyTextNone() throws {
        XCTAssertNotEqual(QRMatrix(encoding: uri), QRMatrix(encoding: "tel:+4741234568"))
        XCTAssertNil(QRMatrix(encoding: ""))
        XCTAssertNil(QRMatrix(encoding: String(repeating: "x", count: 4000)), "beyond version 40 at level M")
    }

    func testSVGHasOneSquarePerDarkModuleInsideTheQuietZone() throws {
        let matrix = try XCTUnwrap(QRMatrix(encoding: uri))
        let svg = QRImage.svg(matrix)
        let dark = matrix.modules.joined().filter { $0 }.count
        XCTAssertEqual(svg.components(separatedBy: "h1v1h-1z").count - 1, dark)
        let side = matrix.size + 8
        XCTAssertTrue(svg.contains("viewBox=\"0 0 \(side) \(side)\""))
        XCTAssertTrue(svg.contains("M4 4h1v1h-1z"), "the finder's corner sits at the quiet zone's edge")
    }

    /// Decodes the code drawn on screen with zbar, from an image made of the modules read back from the half blocks.
    func testZbarDecodesTheDrawnCode() throws {
        guard let zbarimg = Zbar.path else {
            throw XCTSkip("zbarimg is not installed (apt-get install zbar-tools); the matrix comparison still runs")
        }
        for text in [uri, "sms:+4741234567?body=Hei%20Kari%2C%20velkommen%20til%20m%C3%B8tet%20tirsdag"] {
            let matrix = try XCTUnwrap(QRMatrix(encoding: text))
            var read = parse(QRText.lines(matrix.modules))
            let side = matrix.size + 2 * QRText.quietZone
            read = Array(read.prefix(side))
            let zone = QRText.quietZone
            let modules = read[zone..<(side - zone)].map { Array($0[zone..<(side - zone)]) }
            XCTAssertEqual(try Zbar.decode(pbm: QRImage.pbm(modules), with: zbarimg), text)
        }
    }
}
