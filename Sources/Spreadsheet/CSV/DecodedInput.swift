/// Turns raw CSV bytes into chunks the parser can scan byte by byte: UTF-8 (BOM removed) and Windows-1252 pass
/// through unchanged (their delimiters, quotes and line ends are the same ASCII bytes), UTF-16 is transcoded to UTF-8.
final class DecodedInput {
    /// What the byte order mark, or its absence, says about the text.
    enum Detected {
        /// A UTF-8 byte order mark, or UTF-16 transcoded to UTF-8: the bytes are UTF-8.
        case utf8(TextEncoding)
        /// No byte order mark: UTF-8 unless the bytes prove otherwise, then Windows-1252.
        case utf8OrWindows1252
    }

    static let chunkSize = 64 * 1024

    private let input: ByteInput
    private let raw: UnsafeMutablePointer<UInt8>
    /// Chunks handed to the parser; large enough for a raw chunk of UTF-16 transcoded to UTF-8.
    let buffer: UnsafeMutablePointer<UInt8>
    private var utf16: (bigEndian: Bool, carry: UInt8?, highSurrogate: UInt16?)?
    private var pending = 0
    private(set) var detected: Detected = .utf8OrWindows1252

    init(_ input: ByteInput) throws {
        self.input = input
        raw = .allocate(capacity: DecodedInput.chunkSize)
        buffer = .allocate(capacity: DecodedInput.chunkSize * 2 + 8)
        var count = 0
        while count < DecodedInput.chunkSize {
            let n = try input.read(into: raw + count, count: DecodedInput.chunkSize - count)
            if n == 0 { break }
            count += n
        }
        var skip = 0
        if count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF {
            detected = .utf8(.utf8)
            skip = 3
        } else if count >= 2, raw[0] == 0xFF, raw[1] == 0xFE {
            detected = .utf8(.utf16LittleEndian)
            utf16 = (false, nil, nil)
            skip = 2
        } else if count >= 2, raw[0] == 0xFE, raw[1] == 0xFF {
            detected = .utf8(.utf16BigEndian)
            utf16 = (true, nil, nil)
            skip = 2
        }
        raw.update(from: raw + skip, count: count - skip)
        pending = count - skip
    }

    deinit {
        raw.deallocate()
        buffer.deallocate()
        input.close()
    }

    func close() { input.close() }

    /// Fills `buffer` with the next chunk and returns its length, 0 at the end of the input.
    func fill() throws -> Int {
        var count = pending
        pending = 0
        if count == 0 { count = try input.read(into: raw, count: DecodedInput.chunkSize) }
        guard utf16 != nil else {
            if count > 0 { buffer.update(from: raw, count: count) }
            return count
        }
        if count == 0 {
            let leftover = utf16!.carry != nil || utf16!.highSurrogate != nil
            utf16 = (utf16!.bigEndian, nil, nil)
            return leftover ? encodeScalar(0xFFFD, at: 0) : 0
        }
        return transcodeUTF16(count)
    }

    private func transcodeUTF16(_ count: Int) -> Int {
        var (bigEndian, carry, high) = utf16!
        var out = 0
        var index = 0
        while index < count {
            let unit: UInt16
            if let first = carry {
                unit = bigEndian ? UInt16(first) << 8 | UInt16(raw[index]) : UInt16(raw[index]) << 8 | UInt16(first)
                carry = nil
                index += 1
            } else if index + 1 < count {
                unit = bigEndian ? UInt16(raw[index]) << 8 | UInt16(raw[index + 1])
                    : UInt16(raw[index + 1]) << 8 | UInt16(raw[index])
                index += 2
            } else {
                carry = raw[index]
                index += 1
                continue
            }
            if let lead = high {
                high = nil
                if unit >= 0xDC00, unit <= 0xDFFF {
                    let scalar = 0x10000 + (UInt32(lead - 0xD800) << 10) + UInt32(unit - 0xDC00)
                    out = encodeScalar(scalar, at: out)
                    continue
                }
                out = encodeScalar(0xFFFD, at: out)
            }
            switch unit {
            case 0xD800...0xDBFF: high = unit
            case 0xDC00...0xDFFF: out = encodeScalar(0xFFFD, at: out)
            default: out = encodeScalar(UInt32(unit), at: out)
            }
        }
        utf16 = (bigEndian, carry, high)
        return out
    }

    private func encodeScalar(_ scalar: UInt32, at offset: Int) -> Int {
        var out = offset
        switch scalar {
        case ..<0x80:
            buffer[out] = UInt8(scalar); out += 1
        case ..<0x800:
            buffer[out] = UInt8(0xC0 | scalar >> 6)
            buffer[out + 1] = UInt8(0x80 | scalar & 0x3F); out += 2
        case ..<0x10000:
            buffer[out] = UInt8(0xE0 | scalar >> 12)
            buffer[out + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            buffer[out + 2] = UInt8(0x80 | scalar & 0x3F); out += 3
        default:
            buffer[out] = UInt8(0xF0 | scalar >> 18)
            buffer[out + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            buffer[out + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            buffer[out + 3] = UInt8(0x80 | scalar & 0x3F); out += 4
        }
        return out
    }
}
