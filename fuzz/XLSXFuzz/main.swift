// libFuzzer target for the XLSX reader; built together with Sources/Spreadsheet and ZIPFoundation by fuzz/run.
import Foundation

/// The input goes through a file, as an import does: ZIPFoundation's in-memory archives are not the path the tool
/// uses (and trap on some malformed archives themselves).
private let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("dues-xlsx-fuzz-\(ProcessInfo.processInfo.processIdentifier).xlsx")

/// Opens the input as a workbook and reads its first sheet to the end; errors are expected, crashes and hangs are
/// bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard (try? Data(bytes: data, count: size).write(to: path)) != nil else { fatalError("cannot write \(path.path)") }
    do {
        let source = try TableReader.open(url: path)
        _ = source.headers.joined()
        while let row = try source.next() {
            for cell in row.cells { _ = cell.text }
        }
    } catch is SpreadsheetError {
        return 0
    } catch {
        fatalError("the XLSX reader threw something other than SpreadsheetError: \(error)")
    }
    return 0
}
