import Foundation
import Model
import Sealing

/// Opens a sealed call pack into memory, and saves it sealed again, so its plain bytes never touch the disk.
enum SealedPack {
    /// The plain bytes of the pack at `path` if it is sealed (asking for the passphrase), nil if it is a plain pack.
    /// Every way the file fails to open is an error naming it.
    static func contents(of path: String, passphraseFile: String?) throws -> [UInt8]? {
        try open(path, passphraseFile: passphraseFile)?.plain
    }

    /// As `contents(of:passphraseFile:)`, with the key to save the pack again.
    static func open(_ path: String, passphraseFile: String?) throws -> (plain: [UInt8], key: SealingKey)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 8)) ?? nil
        guard let start, SealedFile.isSealed(start) else { return nil }
        try handle.seek(toOffset: 0)
        let sealed = [UInt8](try handle.readToEnd() ?? Data())
        let passphrase = try Passphrase.obtain(file: passphraseFile, confirm: false, for: path)
        do {
            return try SealedFile.openKeepingKey(sealed, passphrase: passphrase)
        } catch let error as SealingError {
            let text = Text(.ofCommandLine)
            throw CLIError(description: "\(path): " + error.message(.ofCommandLine) + (error == .wrongPassphraseOrDamaged
                ? text("; ingenting er endret", "; nothing was changed") : ""))
        }
    }

    /// Replaces the pack at `path` with `plain` sealed under `key`: a new 0600 file in the same folder, fsynced,
    /// renamed over the old one, and the folder fsynced, so a kill at any moment leaves the old pack or the new one.
    static func save(_ plain: [UInt8], with key: SealingKey, at path: String) throws {
        let sealed = SealedFile.seal(plain, with: key)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + "." + UUID().uuidString + ".saving"
        let failure = { (what: Wording) -> CLIError in
            let reason = Wording.systemError(errno)
            return CLIError(description: Text(.ofCommandLine)(
                "\(path): \(what.bokmal): \(reason.bokmal)", "\(path): \(what.english): \(reason.english)"))
        }
        let descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(Wording("kan ikke lagre pakken", "cannot save the pack")) }
        var written = 0
        let ok = sealed.withUnsafeBytes { bytes -> Bool in
            while written < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 { if errno == EINTR { continue }; return false }
                written += count
            }
            return fsync(descriptor) == 0
        }
        close(descriptor)
        guard ok, rename(temporary, path) == 0 else {
            let error = failure(Wording("kan ikke lagre pakken", "cannot save the pack"))
            unlink(temporary)
            throw error
        }
        let directory = Foundation.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 { _ = fsync(directory); close(directory) }
    }

    /// Removes sealed temporaries a killed save left beside the pack (they hold only sealed bytes).
    static func removeLeftovers(of path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let prefix = "." + url.lastPathComponent + "."
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasPrefix(prefix) && name.hasSuffix(".saving") {
            unlink(folder.appending(path: name).path)
        }
    }
}
