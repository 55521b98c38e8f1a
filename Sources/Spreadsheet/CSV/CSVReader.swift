import Model

/// A streaming RFC 4180 reader: a byte-level state machine over 64 KiB chunks that decodes text once per field.
final class CSVReader: RowProducer {
    /// The state lives in a struct so that the hot loop mutates it in place, without the dynamic exclusivity checks
    /// every access to a class's stored property would cost.
    private var machine: CSVMachine

    init(input: ByteInput, file: String, limits: CSVLimits = CSVLimits()) throws {
        machine = try CSVMachine(input: input, file: file, limits: limits)
    }

    deinit { machine.deallocate() }

    var format: TableFormat { machine.format }
    var warnings: [Wording] { machine.warnings }
    func nextRow() throws -> TableRow? { try machine.nextRow() }
    func close() { machine.close() }
}

/// The CSV state machine.
struct CSVMachine {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
    private enum TextMode { case undecided, utf8, windows1252 }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    private let file: String
    private let input: DecodedInput
    private let limits: CSVLimits
    private let delimiter: UInt8
    private let encodingHint: TextEncoding
    /// Bytes that end an unquoted run: delimiter, quote, CR, LF, NUL.
    private let stopUnquoted: UnsafeMutablePointer<Bool>
    private var textMode: TextMode
    private(set) var warnings: [Wording] = []

    private var position = 0
    private var end = 0
    private var atEnd = false
    private var state = State.fieldStart
    private var skipLineFeed = false
    private var field: [UInt8] = []
    private var fieldHigh: UInt8 = 0
    private var cells: [Cell] = []
    private var record = 1
    private var recordBytes = 0
    private var quoteOpened = (row: 0, column: 0)

    init(input byteInput: ByteInput, file: String, limits: CSVLimits = CSVLimits()) throws {
        self.file = file
        self.limits = limits
        input = try DecodedInput(byteInput)
        end = try input.fill()
        guard end > 0 else { throw SpreadsheetError(.empty, file: file, Wording("fila er tom", "the file is empty")) }
        switch input.detected {
        case .utf8(let encoding):
            textMode = .utf8
            encodingHint = encoding
        case .utf8OrWindows1252:
            textMode = .undecided
            encodingHint = .utf8
        }
        let first = UnsafeBufferPointer(start: input.buffer, count: end)
        try CSVMachine.rejectBinary(first, file: file)
        let sniffed = DelimiterSniffer.sniff(first)
        delimiter = sniffed.delimiter
        position = sniffed.skip
        stopUnquoted = .allocate(capacity: 256)
        stopUnquoted.initialize(repeating: false, count: 256)
        for byte in [delimiter, CSVMachine.quote, CSVMachine.lineFeed, CSVMachine.carriageReturn, 0] {
            stopUnquoted[Int(byte)] = true
        }
        field.reserveCapacity(256)
    }

    func deallocate() { stopUnquoted.deallocate() }

    var format: TableFormat {
        let encoding: TextEncoding = textMode == .windows1252 ? .windows1252 : encodingHint
        return .csv(delimiter: Character(Unicode.Scalar(delimiter)), encoding: encoding)
    }

    func close() { input.close() }

    /// Text files have no NUL bytes and few control characters; anything else is some binary format.
    private static func rejectBinary(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
        var controls = 0
        for byte in bytes {
            if byte == 0 {
                throw SpreadsheetError(.binary, file: file, Wording("dette er ikke en CSV-fil: den inneholder binære data", "this is not a CSV file: it contains binary data"))
            }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { controls += 1 }
        }
        if controls > max(2, bytes.count / 100) {
            throw SpreadsheetError(.binary, file: file, Wording("dette er ikke en CSV-fil: den inneholder binære data", "this is not a CSV file: it contains binary data"))
        }
    }

    mutating func nextRow() throws -> TableRow? {
        while true {
            if position == end {
                if atEnd { return nil }
                end = try input.fill()
                position = 0
                if end == 0 {
                    atEnd = true
                    if let row = try finish() { return row }
                    return nil
                }
            }
            if let row = try scan() { return row }
        }
    }

    /// Runs the state machine over the current chunk until a non-blank record ends or the chunk is used up.
    private mutating func scan() throws -> TableRow? {
        let buffer = input.buffer
        let stop = stopUnquoted
        while position < end {
            switch state {
            case .fieldStart:
                if skipLineFeed {
                    skipLineFeed = false
                    if buffer[position] == CSVMachine.lineFeed {
                        position += 1
                        continue
                    }
                }
                if buffer[position] == CSVMachine.quote {
                    state = .quoted
                    quoteOpened = (record, cells.count)
                    position += 1
                    continue
                }
                state = .unquoted
            case .unquoted:
                let start = position
                var high: UInt8 = 0
                var index = position
                while index < end {
                    let byte = buffer[index]
                    if stop[Int(byte)] { break }
                    high |= byte
                    index += 1
                }
                position = index
                fieldHigh |= high
                if index == end {
                    try append(buffer + start, index - start)
                    return nil
                }
                let byte = buffer[index]
                if byte == CSVMachine.quote {
                    try append(buffer + start, index - start + 1)
                    position += 1
                    continue
                }
                if byte == 0 { throw binaryData() }
                if field.isEmpty {
                    try checkLength(index - start)
                    try endField(UnsafeBufferPointer(start: buffer + start, count: index - start))
                } else {
                    try append(buffer + start, index - start)
                    try endField()
                }
                position += 1
                state = .fieldStart
                if byte != delimiter {
                    skipLineFeed = byte == CSVMachine.carriageReturn
                    if let row = try endRecord() { return row }
                }
            case .quoted:
                let start = position
                var high: UInt8 = 0
                var index = position
                while index < end {
                    let byte = buffer[index]
                    if byte == CSVMachine.quote || byte == 0 { break }
                    high |= byte
                    index += 1
                }
                fieldHigh |= high
                try append(buffer + start, index - start)
                position = index
                if index == end { return nil }
                if buffer[index] == 0 { throw binaryData() }
                position += 1
                state = .quoteInQuoted
            case .quoteInQuoted:
                if buffer[position] == CSVMachine.quote {
                    try append(buffer + position, 1)
                    position += 1
                    state = .quoted
                } else {
                    state = .unquoted
                }
            }
        }
        return nil
    }

    private mutating func finish() throws -> TableRow? {
        switch state {
        case .quoted:
            let (row, column) = quoteOpened
            throw SpreadsheetError(.unbalancedQuote, file: file, row: row,
                                   Wording("et sitert felt som åpnes i kolonne \(ColumnName.letter(column)), lukkes aldri", "quoted field opened in column \(ColumnName.letter(column)) is never closed"))
        case .fieldStart where cells.isEmpty:
            return nil
        default:
            try endField()
            state = .fieldStart
            return try endRecord()
        }
    }

    private mutating func checkLength(_ count: Int) throws {
        recordBytes += count
        if field.count + count > limits.maxFieldBytes {
            throw SpreadsheetError(.tooLong, file: file, row: record, column: cells.count,
                                   Wording("feltet er lengre enn \(limits.maxFieldBytes / 1024) KiB", "field is longer than \(limits.maxFieldBytes / 1024) KiB"))
        }
        if recordBytes > limits.maxRecordBytes {
            throw SpreadsheetError(.tooLong, file: file, row: record,
                                   Wording("raden er lengre enn \(limits.maxRecordBytes / 1024) KiB", "row is longer than \(limits.maxRecordBytes / 1024) KiB"))
        }
    }

    private mutating func append(_ bytes: UnsafePointer<UInt8>, _ count: Int) throws {
        guard count > 0 else { return }
        try checkLength(count)
        field.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    private mutating func endField() throws {
        try field.withUnsafeBufferPointer { try endField($0) }
        field.removeAll(keepingCapacity: true)
    }

    private mutating func endField(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if cells.count >= limits.maxColumns {
            throw SpreadsheetError(.tooManyColumns, file: file, row: record,
                                   Wording("raden har flere enn \(limits.maxColumns) kolonner", "row has more than \(limits.maxColumns) columns"))
        }
        cells.append(bytes.isEmpty ? .empty : .text(try decode(bytes)))
        fieldHigh = 0
    }

    private mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        if fieldHigh < 0x80 { return String(decoding: bytes, as: UTF8.self) }
        switch textMode {
        case .windows1252:
            return Windows1252.decode(bytes)
        case .utf8, .undecided:
            if let text = String(validating: bytes, as: UTF8.self) {
                textMode = .utf8
                return text
            }
            if textMode == .utf8 {
                throw SpreadsheetError(.invalidText, file: file, row: record, column: cells.count,
                                       Wording("teksten er ikke gyldig \(encodingHint.rawValue)", "the text is not valid \(encodingHint.rawValue)"))
            }
            textMode = .windows1252
            warnings.append(Wording("ikke UTF-8, lest som Windows-1252", "not UTF-8, read as Windows-1252"))
            return Windows1252.decode(bytes)
        }
    }

    private mutating func endRecord() throws -> TableRow? {
        let number = record
        record += 1
        recordBytes = 0
        defer { cells.removeAll(keepingCapacity: true) }
        for cell in cells where !cell.isBlank {
            return TableRow(number: number, cells: cells)
        }
        return nil
    }

    private func binaryData() -> SpreadsheetError {
        SpreadsheetError(.binary, file: file, row: record, column: cells.count,
                         Wording("dette er ikke en CSV-fil: den inneholder binære data", "this is not a CSV file: it contains binary data"))
    }
}
