import Foundation

/// Reads small text inputs such as scripts, with errors that name the file.
enum InputFile {
    static func text(at path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError(description: Text(.ofCommandLine)("\(path): kan ikke lese fila", "\(path): cannot read the file"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError(description: Text(.ofCommandLine)("\(path): fila er ikke UTF-8-tekst", "\(path): the file is not UTF-8 text"))
        }
        return text
    }
}
