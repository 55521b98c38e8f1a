import Foundation

/// Writes CSV that Norwegian Excel opens correctly: `;`-separated, UTF-8 with a byte order mark, CRLF line ends,
/// RFC 4180 quoting, and every text cell passed through `FormulaGuard`.
///
/// CSV has no cell types, so text that starts like a formula gets a visible `'`; callers write phone numbers in a
/// form that does not (`412 34 567`, `0046 701 234 567`: `PhoneNumber.spreadsheetText`), so they need none.
public struct CSVWriter: Sendable {
    public var delimiter: UInt8
    public var byteOrderMark: Bool
    public var lineEnding: String

    public init(delimiter: Character = ";", byteOrderMark: Bool = true, lineEnding: String = "\r\n") {
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ";")
        self.byteOrderMark = byteOrderMark
        self.lineEnding = lineEnding
    }

    /// Writes a header row and then `rows` to `url` through `SecureFile` (mode 0600, atomic).
    public func write(headers: [String], rows: some Sequence<[Cell]>, to url: URL,
                      existing: SecureFile.Existing = .refuse) throws {
        try SecureFile.write(to: url, existing: existing) { out in
            if byteOrderMark { try out.write([0xEF, 0xBB, 0xBF]) }
            try out.write(line(headers.map { .text($0) }))
            for row in rows { try out.write(line(row)) }
        }
    }

    /// One record, with its line ending.
    public func line(_ cells: [Cell]) -> [UInt8] {
        var bytes: [UInt8] = []
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(delimiter) }
            append(field(cell), to: &bytes)
        }
        bytes.append(contentsOf: lineEnding.utf8)
        return bytes
    }

    private func field(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): return FormulaGuard.neutralise(text)
        default: return cell.text
        }
    }

    private func append(_ text: String, to bytes: inout [UInt8]) {
        let needsQuotes = text.utf8.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            bytes.append(contentsOf: text.utf8)
            return
        }
        bytes.append(0x22)
        for byte in text.utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }
}
