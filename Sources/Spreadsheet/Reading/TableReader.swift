import Foundation
import Model

/// Opens CSV files and Excel workbooks, telling them apart by their content rather than their names.
public enum TableReader {
    /// Opens `url` and reads its header row.
    ///
    /// A ZIP file is read as an `.xlsx` workbook (the first sheet, or `sheet`); an OLE compound file (an old `.xls`
    /// or a password-protected workbook) is refused with advice; anything else is read as CSV.
    /// - Throws: `SpreadsheetError` naming the file, and the row and column where that applies.
    public static func open(url: URL, sheet: String? = nil, limits: CSVLimits = CSVLimits()) throws -> TableSource {
        let file = url.path
        let descriptor = url.withUnsafeFileSystemRepresentation { path -> Int32 in
            guard let path else { return -1 }
            return Foundation.open(path, O_RDONLY | O_CLOEXEC)
        }
        guard descriptor >= 0 else {
            let reason = Wording.systemError(errno)
            throw SpreadsheetError(.unreadable, file: file, Wording("kan ikke åpne fila: \(reason.bokmal)", "cannot open the file: \(reason.english)"))
        }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            _ = Foundation.close(descriptor)
            throw SpreadsheetError(.unreadable, file: file, Wording("dette er en mappe, ikke en fil", "this is a folder, not a file"))
        }
        let input = FileInput(descriptor: descriptor, file: file)
        var magic = [UInt8](repeating: 0, count: 8)
        let count = try magic.withUnsafeMutableBufferPointer { try input.read(into: $0.baseAddress!, count: 8) }
        switch FileKind(magic: magic.prefix(count)) {
        case .zip:
            input.close()
            return try TableSource(producer: XLSXReader(url: url, sheet: sheet), file: file)
        case .ole:
            input.close()
            throw SpreadsheetError(.encrypted, file: file,
                                   Wording("passordbeskyttet eller gammel .xls-arbeidsbok: lagre den som .xlsx eller CSV", "password-protected or old .xls workbook: save it as .xlsx or CSV"))
        case .text:
            guard lseek(descriptor, 0, SEEK_SET) == 0 else {
                input.close()
                throw SpreadsheetError(.unreadable, file: file, Wording("kan ikke lese fila fra begynnelsen", "cannot read the file from the start"))
            }
            return try TableSource(producer: CSVReader(input: input, file: file, limits: limits), file: file)
        }
    }

    /// Reads CSV from bytes in memory; for tests and fuzzing.
    static func openCSV(bytes: [UInt8], file: String = "input.csv", limits: CSVLimits = CSVLimits()) throws
        -> TableSource {
        try TableSource(producer: CSVReader(input: MemoryInput(bytes), file: file, limits: limits), file: file)
    }
}

/// What the first bytes of a file say it is.
enum FileKind {
    case zip, ole, text

    init(magic: some Collection<UInt8>) {
        let bytes = Array(magic)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .zip
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            self = .ole
        } else {
            self = .text
        }
    }
}
