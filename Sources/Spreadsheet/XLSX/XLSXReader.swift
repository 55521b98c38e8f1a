import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads one sheet of an `.xlsx` workbook. The sheet's XML is decompressed and parsed on background threads and
/// its rows handed over in small batches, so memory stays bounded whatever the size of the sheet.
final class XLSXReader: RowProducer {
    let format: TableFormat
    let warnings: [String] = []
    private let rows = HandOff<[TableRow]>(capacity: 8)
    private var batch: [TableRow] = []
    private var index = 0

    convenience init(url: URL, sheet: String?) throws {
        try self.init(workbook: Workbook(url: url), sheet: sheet)
    }

    init(workbook: Workbook, sheet name: String?) throws {
        let sheet = try workbook.sheet(named: name)
        format = .xlsx(sheet: sheet.name)
        guard let entry = workbook.archive[sheet.path] else {
            throw Workbook.damaged(workbook.file, sheet.path)
        }
        let rows = self.rows
        let handed = Handed(value: (workbook, entry))
        startThread {
            let (workbook, entry) = handed.value
            let stream = ZipEntryStream(archive: workbook.archive, entry: entry)
            let sheetParser = SheetParser(workbook: workbook, rows: rows)
            let parser = XMLParser(stream: stream)
            parser.delegate = sheetParser
            let parsed = parser.parse()
            if rows.isCancelled { return }
            if let failure = sheetParser.failure {
                rows.finish(error: failure)
            } else if !parsed || stream.failure != nil {
                rows.finish(error: Workbook.damaged(workbook.file, entry.path))
            } else {
                _ = sheetParser.flush()
                rows.finish()
            }
        }
    }

    func nextRow() throws -> TableRow? {
        while index == batch.count {
            guard let next = try rows.take() else { return nil }
            batch = next
            index = 0
        }
        defer { index += 1 }
        return batch[index]
    }

    func close() { rows.cancel() }
}
