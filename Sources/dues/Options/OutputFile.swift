import Foundation
import Spreadsheet

/// Where a command's output goes: standard output, or a new file created through `SecureFile` (mode 0600, atomic,
/// refused if it exists).
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        try SecureFile.write(bytes, to: URL(fileURLWithPath: path), existing: .refuse)
    }

    static func write(_ text: String, to path: String?) throws {
        try write(Array(text.utf8), to: path)
    }
}
