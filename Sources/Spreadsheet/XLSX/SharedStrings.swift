import Model
import ZIPFoundation

/// The workbook's shared string table, kept compactly as one UTF-8 buffer and end offsets (a register with a
/// million members has millions of distinct strings).
struct SharedStrings {
    /// The most text the table may hold, so that a hostile workbook cannot exhaust memory.
    static let maxBytes = 512 << 20

    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []

    var count: Int { ends.count }

    subscript(index: Int) -> String? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<Int(ends[index])]), as: UTF8.self)
        }
    }

    mutating func append(_ string: some Collection<UInt8>) -> Bool {
        guard bytes.count + string.count <= SharedStrings.maxBytes else { return false }
        bytes.append(contentsOf: string)
        ends.append(UInt32(bytes.count))
        return true
    }

    /// Streams `xl/sharedStrings.xml` from the archive.
    static func read(archive: Archive, entry: Entry, file: String) throws -> SharedStrings {
        let input = ZipEntryInput(archive: archive, entry: entry, file: file)
        defer { input.close() }
        return try read(input: input, file: file, part: entry.path)
    }

    /// Scans a shared string table with `XMLScanner`; rich text runs are joined, phonetic runs left out, and
    /// `_xHHHH_` escapes decoded (`XstringEscape`).
    static func read(input: ByteInput, file: String, part: String) throws -> SharedStrings {
        do {
            var xml = try XMLScanner(input: input, maxToken: 2 * SheetScanner.maxTextBytes)
            var strings = SharedStrings()
            let current = ByteBuffer()
            var inText = false
            var phoneticDepth = 0
            while true {
                switch try xml.next() {
                case .start(let name):
                    if XMLBytes.equals(name, "si") {
                        current.removeAll()
                    } else if XMLBytes.equals(name, "t") {
                        inText = phoneticDepth == 0
                    } else if XMLBytes.equals(name, "rPh") {
                        phoneticDepth += 1
                    }
                case .end(let name):
                    if XMLBytes.equals(name, "si") {
                        guard XMLBytes.isValidUTF8(current.buffer) else {
                            throw XMLScanError("shared string \(strings.count) is not valid UTF-8")
                        }
                        let appended = XstringEscape.mayContainEscape(current.buffer)
                            ? strings.append(Array(XstringEscape.decode(String(decoding: current.buffer, as: UTF8.self)).utf8))
                            : strings.append(current.buffer)
                        guard appended else { throw tooLarge(file) }
                        current.removeAll()
                    } else if XMLBytes.equals(name, "t") {
                        inText = false
                    } else if XMLBytes.equals(name, "rPh") {
                        phoneticDepth = max(0, phoneticDepth - 1)
                    }
                case .text(let text):
                    guard inText else { continue }
                    current.append(text)
                    if current.count > SheetScanner.maxTextBytes { throw tooLarge(file) }
                case .endOfDocument:
                    return strings
                }
            }
        } catch let error as XMLScanError {
            throw SpreadsheetError(.damagedWorkbook, file: file,
                                   Wording("arbeidsboka er skadet: kan ikke lese \(part): \(error.message)", "the workbook is damaged: cannot read \(part): \(error.message)"))
        }
    }

    private static func tooLarge(_ file: String) -> SpreadsheetError {
        SpreadsheetError(.damagedWorkbook, file: file, Wording("de delte tekstene i arbeidsboka er for store", "the shared strings of the workbook are too large"))
    }
}
