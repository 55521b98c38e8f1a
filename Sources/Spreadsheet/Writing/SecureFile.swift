import Foundation
import Model

/// Creates files that hold member data: mode 0600 from the first byte, written completely or not at all.
///
/// The content goes to a temporary file in the target's folder, created with `O_CREAT | O_EXCL | O_NOFOLLOW` and
/// mode 0600, is fsynced, and is then renamed over the target (or linked to it, when replacing is refused, so that
/// a file appearing meanwhile is never clobbered). A symbolic link at the target is refused rather than followed.
public enum SecureFile {
    /// What to do when the target already exists.
    public enum Existing: Sendable {
        case replace
        case refuse
    }

    /// Writes the file through `body`, which receives a buffered writer.
    public static func write(to url: URL, existing: Existing, _ body: (inout SecureFileWriter) throws -> Void) throws {
        let file = url.path
        var info = stat()
        if lstat(file, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK {
                throw SpreadsheetError(.symbolicLink, file: file, Wording("skriver ikke gjennom en symbolsk lenke", "refusing to write through a symbolic link"))
            }
            if existing == .refuse {
                throw SpreadsheetError(.fileExists, file: file, Wording("fila finnes allerede", "the file already exists"))
            }
            if info.st_mode & S_IFMT != S_IFREG {
                throw SpreadsheetError(.writeFailed, file: file, Wording("finnes og er ikke en vanlig fil", "exists and is not a regular file"))
            }
        }
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + "." + UUID().uuidString + ".tmp"
        let descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(file, Wording("kan ikke lage fila", "cannot create the file")) }
        var writer = SecureFileWriter(descriptor: descriptor, file: file)
        do {
            guard fchmod(descriptor, 0o600) == 0 else { throw failure(file, Wording("kan ikke sette tilgangen til fila", "cannot set the file mode")) }
            try body(&writer)
            try writer.flush()
            guard fsync(descriptor) == 0 else { throw failure(file, Wording("kan ikke skrive fila helt ut til disken", "cannot flush the file to disk")) }
            guard Foundation.close(descriptor) == 0 else {
                unlink(temporary)
                throw failure(file, Wording("kan ikke lukke fila", "cannot close the file"))
            }
        } catch {
            _ = Foundation.close(descriptor)
            unlink(temporary)
            throw error
        }
        switch existing {
        case .replace:
            guard rename(temporary, file) == 0 else {
                let error = failure(file, Wording("kan ikke flytte fila på plass", "cannot move the file into place"))
                unlink(temporary)
                throw error
            }
        case .refuse:
            let linked = link(temporary, file)
            let code = errno
            unlink(temporary)
            guard linked == 0 else {
                if code == EEXIST { throw SpreadsheetError(.fileExists, file: file, Wording("fila finnes allerede", "the file already exists")) }
                errno = code
                throw failure(file, Wording("kan ikke flytte fila på plass", "cannot move the file into place"))
            }
        }
        syncFolder(folder)
    }

    /// Writes `bytes` as the whole file.
    public static func write(_ bytes: some Sequence<UInt8>, to url: URL, existing: Existing) throws {
        try write(to: url, existing: existing) { try $0.write(bytes) }
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = Foundation.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = Foundation.close(descriptor)
    }

    static func failure(_ file: String, _ what: Wording) -> SpreadsheetError {
        let reason = Wording.systemError(errno)
        return SpreadsheetError(.writeFailed, file: file, Wording("\(what.bokmal): \(reason.bokmal)", "\(what.english): \(reason.english)"))
    }
}

/// Buffers writes to a file created by `SecureFile`.
public struct SecureFileWriter {
    private let descriptor: Int32
    private let file: String
    private var buffer: [UInt8] = []

    init(descriptor: Int32, file: String) {
        self.descriptor = descriptor
        self.file = file
        buffer.reserveCapacity(1 << 16)
    }

    /// Appends bytes, writing to the file whenever 64 KiB have gathered.
    public mutating func write(_ bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends a string as UTF-8.
    public mutating func write(_ string: String) throws {
        try write(string.utf8)
    }

    mutating func flush() throws {
        var offset = 0
        try buffer.withUnsafeBytes { raw in
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw SecureFile.failure(file, Wording("kan ikke skrive fila", "cannot write the file"))
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
