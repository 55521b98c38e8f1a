/// Why the XML scanner stopped: the part is not well-formed XML, or it uses something the reader refuses.
struct XMLScanError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Byte classes and the decoding of character references, for the XML scanner.
enum XMLBytes {
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let ampersand = UInt8(ascii: "&")
    static let semicolon = UInt8(ascii: ";")
    static let slash = UInt8(ascii: "/")
    static let equals = UInt8(ascii: "=")
    static let colon = UInt8(ascii: ":")
    static let carriageReturn: UInt8 = 0x0D
    static let lineFeed: UInt8 = 0x0A

    /// Bytes that may start a name: ASCII letters, `_`, `:` and any byte of a multi-byte UTF-8 character.
    nonisolated(unsafe) static let nameStart = table { $0 >= 0x80 || isLetter($0) || $0 == 0x5F || $0 == colon }
    /// Bytes that may continue a name: those above, digits, `-` and `.`.
    nonisolated(unsafe) static let nameChar = table {
        nameStart[Int($0)] || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E
    }
    /// Bytes that end a run of character data: markup, references, CR (normalised to LF) and control characters.
    nonisolated(unsafe) static let textStop = table {
        $0 == lessThan || $0 == ampersand || $0 == carriageReturn || ($0 < 0x20 && $0 != 0x09 && $0 != lineFeed)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private static func table(_ member: (UInt8) -> Bool) -> UnsafePointer<Bool> {
        let table = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
        for byte in 0...255 { table[byte] = member(UInt8(byte)) }
        return UnsafePointer(table)
    }

    /// Whether the bytes spell `literal`, optionally ignoring ASCII case (`literal` in lower case).
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString,
                               ignoringCase: Bool = false) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        let fold: UInt8 = ignoringCase ? 0x20 : 0
        for index in 0..<bytes.count where bytes[index] | fold != literal.utf8Start[index] { return false }
        return true
    }

    /// Decodes the references (`&amp;`, `&#229;`, `&#xE5;`) in `count` bytes at `bytes`, writing the result over
    /// them (a reference is never shorter than its UTF-8), and returns the decoded length.
    static func decodeReferences(_ bytes: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
        var read = 0
        var written = 0
        while read < count {
            let byte = bytes[read]
            guard byte == ampersand else {
                bytes[written] = byte
                read += 1
                written += 1
                continue
            }
            var stop = read + 1
            while stop < count && bytes[stop] != semicolon { stop += 1 }
            guard stop < count else { throw XMLScanError("an entity reference is not closed with \";\"") }
            let scalar = try referencedScalar(UnsafeBufferPointer(start: bytes + read + 1, count: stop - read - 1))
            written += encode(scalar, into: bytes + written)
            read = stop + 1
        }
        return written
    }

    /// The character that the reference between `&` and `;` stands for.
    static func referencedScalar(_ name: UnsafeBufferPointer<UInt8>) throws -> UInt32 {
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return 0x26
        case "lt": return 0x3C
        case "gt": return 0x3E
        case "quot": return 0x22
        case "apos": return 0x27
        default: break
        }
        let shown = String(decoding: name.prefix(20), as: UTF8.self)
        guard name.count >= 2, name[0] == UInt8(ascii: "#") else {
            throw XMLScanError("unknown entity \"&\(shown);\"")
        }
        let hex = name[1] == UInt8(ascii: "x")
        let digits = UnsafeBufferPointer(rebasing: name[(hex ? 2 : 1)...])
        var value: UInt32 = 0
        for digit in digits {
            guard let number = hexValue(digit), hex || number < 10, value <= 0x10FFFF else {
                throw XMLScanError("character reference \"&\(shown);\" is not valid")
            }
            value = value * (hex ? 16 : 10) + UInt32(number)
        }
        guard !digits.isEmpty, isXMLCharacter(value) else {
            throw XMLScanError("character reference \"&\(shown);\" is not a character XML allows")
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Writes a scalar as UTF-8 and returns how many bytes it took.
    static func encode(_ value: UInt32, into bytes: UnsafeMutablePointer<UInt8>) -> Int {
        switch value {
        case ..<0x80:
            bytes[0] = UInt8(value)
            return 1
        case ..<0x800:
            bytes[0] = UInt8(0xC0 | value >> 6)
            bytes[1] = UInt8(0x80 | value & 0x3F)
            return 2
        case ..<0x10000:
            bytes[0] = UInt8(0xE0 | value >> 12)
            bytes[1] = UInt8(0x80 | value >> 6 & 0x3F)
            bytes[2] = UInt8(0x80 | value & 0x3F)
            return 3
        default:
            bytes[0] = UInt8(0xF0 | value >> 18)
            bytes[1] = UInt8(0x80 | value >> 12 & 0x3F)
            bytes[2] = UInt8(0x80 | value >> 6 & 0x3F)
            bytes[3] = UInt8(0x80 | value & 0x3F)
            return 4
        }
    }

    /// True when the bytes are well-formed UTF-8: no stray continuation bytes, overlong forms, surrogates or
    /// scalars past U+10FFFF.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, lower) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, upper) = (3, 0x9F)
            case 0xF0: (length, lower) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, upper) = (4, 0x8F)
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= lower, second <= upper else { return false }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
