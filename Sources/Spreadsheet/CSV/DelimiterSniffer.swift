/// Picks the CSV delimiter from the header line.
enum DelimiterSniffer {
    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: ",")]

    /// The delimiter that splits the first non-blank line into the most fields, ignoring quoted parts; `;` (what
    /// Norwegian Excel writes) when none occurs or on a tie. Also returns how many bytes to skip when the file
    /// starts with Excel's `sep=X` line, which names the delimiter outright.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> (delimiter: UInt8, skip: Int) {
        if let sep = separatorLine(bytes) { return sep }
        var counts = [0, 0, 0]
        var quoted = false
        var seenContent = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted, byte == 0x0A || byte == 0x0D {
                if seenContent { break }
            } else if !quoted, let index = candidates.firstIndex(of: byte) {
                counts[index] += 1
            }
            if byte != 0x0A, byte != 0x0D { seenContent = true }
        }
        var best = 0
        for index in 1..<candidates.count where counts[index] > counts[best] { best = index }
        return (candidates[best], 0)
    }

    private static func separatorLine(_ bytes: UnsafeBufferPointer<UInt8>) -> (delimiter: UInt8, skip: Int)? {
        let prefix = Array("sep=".utf8)
        guard bytes.count >= 5, zip(prefix, bytes).allSatisfy({ $0 == ($1 | 0x20) }) else { return nil }
        let delimiter = bytes[4]
        guard delimiter != 0x0A, delimiter != 0x0D, delimiter != UInt8(ascii: "\"") else { return nil }
        var skip = 5
        if skip < bytes.count, bytes[skip] == 0x0D { skip += 1 }
        if skip < bytes.count, bytes[skip] == 0x0A { skip += 1 }
        guard skip > 5 || skip == bytes.count else { return nil }
        return (delimiter, skip)
    }
}
