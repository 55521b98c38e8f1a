// libFuzzer target for the CSV reader; built together with Sources/Spreadsheet by fuzz/run.

/// Reads the input as a CSV file to the end; errors are expected, crashes and hangs are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = CSVLimits(maxFieldBytes: 4096, maxRecordBytes: 16_384, maxColumns: 512)
    do {
        let source = try TableReader.openCSV(bytes: bytes, limits: limits)
        _ = source.headers.joined()
        while let row = try source.next() {
            for cell in row.cells { _ = cell.text }
        }
        _ = source.warnings
    } catch is SpreadsheetError {
        return 0
    } catch {
        fatalError("the CSV reader threw something other than SpreadsheetError: \(error)")
    }
    return 0
}
