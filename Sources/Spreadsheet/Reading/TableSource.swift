import Model

/// The format a table was read in, as detected from the file's content.
public enum TableFormat: Sendable, Hashable {
    case csv(delimiter: Character, encoding: TextEncoding)
    case xlsx(sheet: String)
}

/// The text encodings the CSV reader recognises.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"
}

/// Something that yields rows one at a time; the CSV and XLSX readers.
protocol RowProducer: AnyObject {
    var format: TableFormat { get }
    /// What the user should know about how the file was read; the reader's caller names the file.
    var warnings: [Wording] { get }
    func nextRow() throws -> TableRow?
    func close()
}

/// An open table: its header row, then its non-blank rows, read lazily so that memory stays small whatever the
/// size of the file.
public final class TableSource {
    /// The cells of the first non-blank row, as text.
    public let headers: [String]
    /// The row number of the header row.
    public let headerRowNumber: Int
    private let producer: RowProducer
    private var finished = false

    init(producer: RowProducer, file: String) throws {
        self.producer = producer
        do {
            guard let header = try producer.nextRow() else {
                throw SpreadsheetError(.empty, file: file, Wording("fila er tom: den har ingen overskriftsrad", "the file is empty: it has no header row"))
            }
            headers = header.cells.map(\.text)
            headerRowNumber = header.number
        } catch {
            producer.close()
            throw error
        }
    }

    deinit { producer.close() }

    /// How the file was read (format, delimiter and encoding, or sheet).
    public var format: TableFormat { producer.format }

    /// Things the user should know about how the file was read, such as "read as Windows-1252".
    public var warnings: [Wording] { producer.warnings }

    /// The next non-blank row after the header, or nil at the end of the table.
    public func next() throws -> TableRow? {
        guard !finished else { return nil }
        do {
            if let row = try producer.nextRow() { return row }
        } catch {
            close()
            throw error
        }
        close()
        return nil
    }

    /// Calls `body` with every remaining row, in order.
    public func forEach(_ body: (TableRow) throws -> Void) throws {
        while let row = try next() { try body(row) }
    }

    /// Stops reading and releases the file; further calls to `next()` return nil.
    public func close() {
        guard !finished else { return }
        finished = true
        producer.close()
    }
}
