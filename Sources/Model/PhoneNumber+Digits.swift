extension PhoneNumber {
    /// The usual shapes of a register's phone column (`41234567`, `412 34 567`, `+47 412 34 567`, `0047…`), read
    /// byte by byte: digits, ASCII spaces and a leading `+`, nothing else. Gives exactly what `normalise` gives for
    /// such text, without Foundation's trimming and replacing, which cost microseconds a row on a million-member
    /// register. Returns nil for any other text, which `normalise` then reads.
    ///
    /// - Returns: `.some(nil)` for text of those bytes that is not a phone number.
    static func normaliseDigits(_ raw: String) -> (String, PhoneKind)?? {
        var digits: (UInt64, UInt64) = (0, 0)
        var count = 0
        var plus = false
        var seenNonSpace = false
        var spacesSinceNonSpace = 0, length = 0
        for byte in raw.utf8 {
            switch byte {
            case 0x30...0x39:
                if count < 16 {
                    digits.0 |= UInt64(byte - 0x30) << (4 * UInt64(count))
                } else if count < 32 {
                    digits.1 |= UInt64(byte - 0x30) << (4 * UInt64(count - 16))
                }
                count += 1
            case 0x20:
                if seenNonSpace { spacesSinceNonSpace += 1 }
                continue
            case 0x2B where !seenNonSpace:
                plus = true
            default:
                return nil
            }
            seenNonSpace = true
            length += 1 + spacesSinceNonSpace
            spacesSinceNonSpace = 0
        }
        // More than 15 digits is never a number, and the trimmed text is at most 64 characters.
        guard count > 0, count < 32, length <= 64 else { return .some(nil) }
        func digit(_ index: Int) -> UInt8 {
            index < 16 ? UInt8(truncatingIfNeeded: digits.0 >> (4 * UInt64(index))) & 0xF
                : UInt8(truncatingIfNeeded: digits.1 >> (4 * UInt64(index - 16))) & 0xF
        }
        func text(from start: Int, prefix: StaticString) -> String {
            let prefixCount = prefix.utf8CodeUnitCount
            return String(unsafeUninitializedCapacity: prefixCount + count - start) { buffer in
                for index in 0..<prefixCount { buffer[index] = prefix.utf8Start[index] }
                for index in start..<count { buffer[prefixCount + index - start] = 0x30 + digit(index) }
                return prefixCount + count - start
            }
        }
        func norwegian(from start: Int) -> (String, PhoneKind)? {
            guard count - start == 8 else { return nil }
            switch digit(start) {
            case 4, 9: return (text(from: start, prefix: "+47"), .mobile)
            case 0, 1: return nil
            default: return (text(from: start, prefix: "+47"), .landline)
            }
        }
        var start = 0
        var international = plus
        if !plus, count >= 2, digit(0) == 0, digit(1) == 0 {
            international = true
            start = 2
        }
        guard count > start else { return .some(nil) }
        let startsWith47 = count - start >= 2 && digit(start) == 4 && digit(start + 1) == 7
        if international {
            if startsWith47 { return .some(norwegian(from: start + 2)) }
            guard digit(start) != 0, (8...15).contains(count - start) else { return .some(nil) }
            return .some((text(from: start, prefix: "+"), .foreign))
        }
        if count == 10, startsWith47 { return .some(norwegian(from: 2)) }
        return .some(norwegian(from: 0))
    }
}
