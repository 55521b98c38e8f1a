/// Decodes the escapes of OOXML's `ST_Xstring` (ECMA-376 Part 1, 22.9.2.19): `_xHHHH_` stands for the UTF-16 code
/// unit HHHH (hexadecimal), which is how Excel and LibreOffice keep characters XML cannot hold (control
/// characters) in a cell's text, and `_x005F_` is the escape of `_` itself, so `_x005F_x0041_` is the literal text
/// `_x0041_`. Escapes are read left to right, once; a surrogate pair written as two escapes becomes one character,
/// a lone surrogate U+FFFD. The control characters this can produce are left for the reader of the cell to
/// remove, as for every other cell.
enum XstringEscape {
    /// Whether `bytes` (UTF-8) may hold an escape: the quick test before decoding.
    static func mayContainEscape(_ bytes: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if previous == UInt8(ascii: "_"), byte == UInt8(ascii: "x") { return true }
            previous = byte
        }
        return false
    }

    /// `text` with its escapes decoded.
    static func decode(_ text: String) -> String {
        guard mayContainEscape(text.utf8) else { return text }
        let units = Array(text.utf16)
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if let unit = escape(in: units, at: index) {
                out.append(unit)
                index += 7
            } else {
                out.append(units[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// The code unit of an escape `_xHHHH_` starting at `index`, or nil.
    private static func escape(in units: [UInt16], at index: Int) -> UInt16? {
        guard index + 7 <= units.count, units[index] == 0x5F, units[index + 1] == 0x78, units[index + 6] == 0x5F else {
            return nil
        }
        var value: UInt16 = 0
        for unit in units[(index + 2)..<(index + 6)] {
            guard let digit = hexDigit(unit) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexDigit(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x30...0x39: unit - 0x30
        case 0x41...0x46: unit - 0x41 + 10
        case 0x61...0x66: unit - 0x61 + 10
        default: nil
        }
    }
}
