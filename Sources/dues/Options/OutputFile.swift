import Foundation
import Spreadsheet

/// Writes command output to standard output, or to a new private file (mode 0600, never overwriting).
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            print(text)
            return
        }
        try SecureFile.write(Array(text.utf8), to: URL(fileURLWithPath: path), existing: .refuse)
    }
}
