import Foundation
import Sealing

/// Opens a sealed call pack into memory, so its plain bytes never touch the disk through this process.
enum SealedPack {
    /// The plain bytes of the pack at `path` if it is sealed (asking for the passphrase), nil if it is a plain pack.
    /// Every way the file fails to open is an error naming it.
    static func contents(of path: String, passphraseFile: String?) throws -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 8)) ?? nil
        guard let start, SealedFile.isSealed(start) else { return nil }
        try handle.seek(toOffset: 0)
        let sealed = [UInt8](try handle.readToEnd() ?? Data())
        let passphrase = try Passphrase.obtain(file: passphraseFile, confirm: false, for: path)
        do {
            return try SealedFile.open(sealed, passphrase: passphrase)
        } catch let error as SealingError {
            let text = Text(.ofCommandLine)
            throw CLIError(description: "\(path): " + error.message(.ofCommandLine) + (error == .wrongPassphraseOrDamaged
                ? text("; ingenting er endret", "; nothing was changed") : ""))
        }
    }
}
