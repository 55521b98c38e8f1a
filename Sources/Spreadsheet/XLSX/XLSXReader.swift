import Foundation
import Model

/// Reads one sheet of an `.xlsx` workbook. The sheet's XML is decompressed on a background thread into a few
/// chunks at a time and scanned on the reader's thread as rows are asked for, so memory stays bounded whatever the
/// size of the sheet.
final class XLSXReader: RowProducer {
    let format: TableFormat
    private var scanner: SheetScanner
    private var closed = false

    convenience init(url: URL, sheet: String?) throws {
        try self.init(workbook: Workbook(url: url), sheet: sheet)
    }

    init(workbook: Workbook, sheet name: String?) throws {
        let sheet = try workbook.sheet(named: name)
        format = .xlsx(sheet: sheet.name)
        guard let entry = workbook.archive[sheet.path] else {
            throw Workbook.damaged(workbook.file, sheet.path)
        }
        let input = ZipEntryInput(archive: workbook.archive, entry: entry, file: workbook.file)
        scanner = try SheetScanner(input: input, file: workbook.file, part: sheet.path, sheetName: sheet.name,
                                   sharedStrings: workbook.sharedStrings, dateStyles: workbook.dateStyles,
                                   uses1904: workbook.uses1904)
    }

    /// The scanner's warnings about the cells read so far.
    var warnings: [Wording] { scanner.warnings }

    func nextRow() throws -> TableRow? {
        guard !closed else { return nil }
        return try scanner.nextRow()
    }

    func close() {
        closed = true
        scanner.close()
    }
}
