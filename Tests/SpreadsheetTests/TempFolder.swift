import Foundation
import Model
@testable import Spreadsheet

/// A fresh folder under the system temporary directory, removed when the value goes away.
final class TempFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dues-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to a file in the folder and returns its URL.
    func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }

    func file(_ name: String, utf8 text: String) throws -> URL {
        try file(name, Array(text.utf8))
    }

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }
}

/// Every remaining row of a table.
func allRows(_ source: TableSource) throws -> [TableRow] {
    var rows: [TableRow] = []
    while let row = try source.next() { rows.append(row) }
    return rows
}

/// The text of every cell of every remaining row.
func allTexts(_ source: TableSource) throws -> [[String]] {
    try allRows(source).map { $0.cells.map(\.text) }
}

/// Runs `body` and returns the `SpreadsheetError` it throws, or nil.
func spreadsheetError(_ body: () throws -> Void) -> SpreadsheetError? {
    do {
        try body()
        return nil
    } catch let error as SpreadsheetError {
        return error
    } catch {
        return SpreadsheetError(.unreadable, file: "?", Wording("uventet feil \(error)", "unexpected error \(error)"))
    }
}
