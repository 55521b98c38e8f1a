import Foundation
import Model

/// Fast paths for the common shapes of register text, each giving exactly what the general rule gives
/// (`ImportedText.strip` with trimming, `PersonName.clean`, `Email.normalize`) and falling back to it otherwise.
/// A million-row register is mostly plain Latin text, and Foundation's general string routines cost microseconds.
enum FastText {
    /// Stripped of control characters and trimmed of whitespace at both ends.
    static func field(_ text: String) -> String {
        let utf8 = text.utf8
        if isPlain(utf8) {
            if utf8.first != 0x20 && utf8.last != 0x20 { return text }
            var start = utf8.startIndex, end = utf8.endIndex
            while start < end, utf8[start] == 0x20 { start = utf8.index(after: start) }
            while end > start, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
            return String(utf8[start..<end])!
        }
        let stripped = ImportedText.strip(text)
        return String(String.UnicodeScalarView(trimmed(Array(stripped.unicodeScalars))))
    }

    /// Stripped of control characters, trimmed and with inner whitespace collapsed, as `PersonName.clean` does.
    static func name(_ text: String) -> String {
        let utf8 = text.utf8
        guard isPlain(utf8) else { return PersonName.clean(ImportedText.strip(text)) }
        var previousSpace = true
        for byte in utf8 {
            if byte == 0x20 {
                if previousSpace { return PersonName.clean(text) }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return previousSpace && !text.isEmpty ? PersonName.clean(text) : text
    }

    /// The address lower-cased and checked by the rules of `Email.normalize`.
    static func email(_ text: String) -> String? {
        let field = field(text)
        guard isPlain(field.utf8) else { return Email.normalize(field) }
        let lower = field.utf8.allSatisfy({ $0 < 0x80 }) ? asciiLowercased(field) : field.lowercased()
        let bytes = Array(lower.utf8)
        /// Characters, not bytes: every plain non-ASCII letter is one character of two bytes.
        func length(_ part: ArraySlice<UInt8>) -> Int { part.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
        guard !bytes.isEmpty, length(bytes[...]) <= 254,
              !bytes.contains(where: { $0 == 0x20 || forbiddenInEmail.contains($0) }) else { return nil }
        let parts = bytes.split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let local = parts[0], domain = parts[1]
        let dot = UInt8(ascii: "."), dash = UInt8(ascii: "-")
        guard !local.isEmpty, length(local) <= 64, local.first != dot, local.last != dot,
              !zip(local, local.dropFirst()).contains(where: { $0 == dot && $1 == dot }) else { return nil }
        let labels = domain.split(separator: dot, omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.first != dash && $0.last != dash }),
              let top = labels.last, length(top) >= 2, !top.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return lower
    }

    private static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    private static let forbiddenInEmail = Set("<>()[],;:\\\"".utf8)

    /// True when the text holds nothing `ImportedText.strip` would change and no whitespace but the ASCII space:
    /// printable ASCII and the Latin letters U+00C0–U+027F (Norwegian and Sami letters among them).
    private static func isPlain(_ utf8: String.UTF8View) -> Bool {
        var expectContinuation = false
        for byte in utf8 {
            if expectContinuation {
                guard byte & 0xC0 == 0x80 else { return false }
                expectContinuation = false
            } else if byte >= 0x20 && byte < 0x7F {
                continue
            } else if byte >= 0xC3 && byte <= 0xC9 {
                expectContinuation = true
            } else {
                return false
            }
        }
        return !expectContinuation
    }

    private static func trimmed(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var slice = scalars[...]
        while let first = slice.first, first.properties.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.properties.isWhitespace { slice = slice.dropLast() }
        return Array(slice)
    }
}
