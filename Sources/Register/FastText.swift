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
        return isAddress(lower.utf8) ? lower : nil
    }

    /// The rules of `Email.normalize` for plain lower-cased text, checked in one pass over its bytes; lengths count
    /// characters, and every plain non-ASCII letter is one character of two bytes.
    private static func isAddress(_ utf8: String.UTF8View) -> Bool {
        let at = UInt8(ascii: "@"), dot = UInt8(ascii: "."), dash = UInt8(ascii: "-")
        var characters = 0, localCharacters = 0, inDomain = false
        var labels = 0, labelCharacters = 0, labelIsDigits = true
        var previous: UInt8 = 0
        for byte in utf8 {
            let startsCharacter = byte & 0xC0 != 0x80
            if startsCharacter { characters += 1 }
            if byte == 0x20 || forbiddenInEmail.contains(byte) { return false }
            if byte == at {
                guard !inDomain, localCharacters > 0, previous != dot else { return false }
                inDomain = true
            } else if !inDomain {
                if byte == dot && (localCharacters == 0 || previous == dot) { return false }
                if startsCharacter { localCharacters += 1 }
            } else if byte == dot {
                guard labelCharacters > 0, previous != dash else { return false }
                labels += 1
                labelCharacters = 0
                labelIsDigits = true
            } else {
                if labelCharacters == 0 && byte == dash { return false }
                if startsCharacter { labelCharacters += 1 }
                if byte < 0x30 || byte > 0x39 { labelIsDigits = false }
            }
            previous = byte
        }
        return inDomain && characters <= 254 && localCharacters <= 64 && labels >= 1 && labelCharacters >= 2
            && previous != dash && !labelIsDigits
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
