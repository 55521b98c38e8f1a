import Foundation

/// Lets the user edit text in $VISUAL or $EDITOR, through a private temporary file.
enum Editor {
    static func edit(_ text: String) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let editor = environment["VISUAL"] ?? environment["EDITOR"] ?? "nano"
        let folder = FileManager.default.temporaryDirectory.appending(path: "dues-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "script.txt")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CLIError(description: Text(.ofCommandLine)(
                "kan ikke lage en midlertidig fil i \(folder.path)", "cannot create a temporary file in \(folder.path)"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "editor", file.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError(description: Text(.ofCommandLine)(
                "\(editor) avsluttet med status \(process.terminationStatus); manuset er uendret",
                "\(editor) exited with status \(process.terminationStatus); the script is unchanged"))
        }
        return try InputFile.text(at: file.path)
    }
}
