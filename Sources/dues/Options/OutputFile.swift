import ArgumentParser
import Foundation
import Model
import Spreadsheet

/// Writes command output to standard output (checked, see `StandardOutput`), or to a new private file (mode 0600,
/// never overwriting, removed when it could not be written whole).
enum OutputFile {
    /// Refuses, before any work is done (an export is audited), a path that cannot become a new file: empty, a
    /// folder, an existing file, or in a folder that does not exist.
    /// - Parameter what: how the user gave the path, for the message (`-o`, `the backup`).
    static func check(_ path: String?, _ what: Wording = Wording("-o", "-o")) throws {
        guard let path else { return }
        guard !path.isEmpty else { throw ValidationError("\(what.bokmal) trenger et filnavn", "\(what.english) needs a file name") }
        let text = Text(.ofCommandLine)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            throw CLIError(description: isFolder.boolValue
                ? text("\(path) er en mappe, ikke en fil: oppgi en ny fil", "\(path) is a folder, not a file: name a new file")
                : text("\(path): fila finnes allerede", "\(path): the file already exists"))
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIError(description: text(
                "\(path): kan ikke lage fila: mappa \(folder) finnes ikke", "\(path): cannot create the file: there is no folder \(folder)"))
        }
    }

    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            try StandardOutput.line(text)
            return
        }
        try SecureFile.write(Array(text.utf8), to: URL(fileURLWithPath: path), existing: .refuse)
    }

    /// Writes bytes (CSV, JSON) as they are.
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path else {
            try StandardOutput.write(bytes)
            return
        }
        try SecureFile.write(bytes, to: URL(fileURLWithPath: path), existing: .refuse)
    }
}
