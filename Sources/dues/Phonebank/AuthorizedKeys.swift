import ArgumentParser
import Foundation
import Storage

/// The `authorized_keys` file of the phone bank's Unix account: one line per active key, each restricted to its forced
/// command (`restrict` turns off forwarding, agent, X11 and user rc; `pty` gives the call screen its terminal back).
struct AuthorizedKeys {
    /// The `dues` executable sshd runs, absolute.
    let binary: String
    /// The database, absolute.
    let database: String

    /// Resolves the paths: the database against the working folder, the binary by default the running one.
    init(binary: String?, database: String) throws {
        let binary = binary ?? Bundle.main.executableURL?.resolvingSymlinksInPath().path ?? CommandLine.arguments[0]
        guard binary.hasPrefix("/") else {
            throw ValidationError("--binary må være en absolutt sti, ikke \(binary)", "--binary must be an absolute path, not \(binary)")
        }
        let database = URL(fileURLWithPath: database).standardizedFileURL.path
        for path in [binary, database] where path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw ValidationError(
                "stien \(path.debugDescription) har kontrolltegn og kan ikke stå i en nøkkelfil",
                "the path \(path.debugDescription) has control characters and cannot go in a keys file")
        }
        self.binary = binary
        self.database = database
    }

    /// The whole file for `keys`.
    func text(for keys: [CallerKey]) -> String {
        var lines = [
            "# Written by `dues phonebank authorized-keys` for \(database).",
            "# Generate it again after adding or removing a key or a caller; do not edit by hand.",
        ]
        for key in keys {
            lines.append("restrict,pty,command=\"\(Self.optionQuoted(command(for: key)))\" \(key.key.keyText) dues-caller-\(key.callerID)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The shell command sshd runs for `key`, every word quoted for `sh -c`.
    func command(for key: CallerKey) -> String {
        let action = key.role == .watch ? ["watch", "--db", database] : ["call", "--db", database, "--as-caller", String(key.callerID)]
        return ([binary] + action).map(Self.shellQuoted).joined(separator: " ")
    }

    /// `word` in single quotes, each `'` written as `'\''`; plain words stay as they are.
    static func shellQuoted(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_./".contains($0)) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// `text` for the inside of `command="…"`: sshd reads `\"` as `"` and every other character as it is.
    static func optionQuoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "\\\"")
    }
}
