/// Turns terminal input bytes into key and paste events, incrementally: bytes may arrive split at any point
/// (inside a UTF-8 character, an escape sequence or a bracketed paste) and decoding resumes with the next chunk.
///
/// A lone `ESC` cannot be told from the start of a sequence until more bytes come or time passes: when
/// `hasPending` is true and no input arrived for a short while (about 25 ms; `isInPaste` deserves longer),
/// call `flush()`. Unknown or malformed sequences are swallowed and never reach the program as text.
public struct KeyDecoder: Sendable {
    private var buffer: [UInt8] = []
    private var paste: [UInt8]?
    /// Set after an overlong sequence was dropped: its remaining parameter bytes and final byte are dropped too.
    private var skippingSequence = false
    /// Longest escape sequence kept while waiting for its end; longer ones are dropped.
    private static let sequenceLimit = 64
    /// Pasted bytes beyond this are dropped.
    private static let pasteLimit = 1 << 20
    private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

    public init() {}

    /// Whether bytes are waiting for the rest of a sequence (or a timeout).
    public var hasPending: Bool { !buffer.isEmpty || paste != nil }

    /// Whether a bracketed paste has started and not yet ended.
    public var isInPaste: Bool { paste != nil }

    /// Decodes `bytes`, keeping an incomplete tail for the next call.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [Event] where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        return drain(final: false)
    }

    /// Resolves whatever is pending after a timeout: a lone `ESC` becomes `.escape`, an unfinished sequence is
    /// read as `.escape` plus ordinary keys, an unfinished paste is delivered as it is.
    public mutating func flush() -> [Event] {
        drain(final: true)
    }

    private mutating func drain(final: Bool) -> [Event] {
        var events: [Event] = []
        var index = 0
        while index < buffer.count {
            if skippingSequence {
                let byte = buffer[index]
                if (0x20...0x3F).contains(byte) { index += 1; continue }
                skippingSequence = false
                if (0x40...0x7E).contains(byte) { index += 1 }
                continue
            }
            if paste != nil {
                if let end = find(Self.pasteEnd, from: index) {
                    appendToPaste(index..<end)
                    events.append(.paste(String(decoding: paste!, as: UTF8.self)))
                    paste = nil
                    index = end + Self.pasteEnd.count
                    continue
                }
                let keep = final ? 0 : partialSuffix(of: Self.pasteEnd, from: index)
                appendToPaste(index..<(buffer.count - keep))
                index = buffer.count - keep
                break
            }
            switch parse(at: index, final: final) {
            case .incomplete:
                buffer.removeFirst(index)
                return events
            case .token(let length, let event):
                if let event { events.append(event) }
                index += length
            case .startPaste(let length):
                paste = []
                index += length
            case .overlong(let length):
                skippingSequence = true
                index += length
            }
        }
        buffer.removeFirst(index)
        if final, let collected = paste {
            events.append(.paste(String(decoding: collected, as: UTF8.self)))
            paste = nil
        }
        return events
    }

    private mutating func appendToPaste(_ range: Range<Int>) {
        let room = max(0, Self.pasteLimit - paste!.count)
        paste!.append(contentsOf: buffer[range].prefix(room))
    }

    private enum Parsed {
        case incomplete
        case token(length: Int, event: Event?)
        case startPaste(length: Int)
        case overlong(length: Int)
    }

    private func parse(at start: Int, final: Bool) -> Parsed {
        let byte = buffer[start]
        switch byte {
        case 0x1B:
            return parseEscape(at: start, final: final)
        case 0x0D, 0x0A:
            return .token(length: 1, event: .key(.enter))
        case 0x09:
            return .token(length: 1, event: .key(.tab))
        case 0x08, 0x7F:
            return .token(length: 1, event: .key(.backspace))
        case 0x01...0x1A:
            let letter = Character(Unicode.Scalar(byte + 0x60))
            return .token(length: 1, event: .key(.ctrl(letter)))
        case 0x00...0x1F:
            return .token(length: 1, event: nil)
        case 0x20...0x7E:
            return .token(length: 1, event: .key(.char(Character(Unicode.Scalar(byte)))))
        default:
            switch decodeUTF8(at: start) {
            case .incomplete: return final ? .token(length: buffer.count - start, event: nil) : .incomplete
            case .invalid(let length): return .token(length: length, event: nil)
            case .scalar(let scalar, let length):
                let isC1 = (0x80...0x9F).contains(scalar.value)
                return .token(length: length, event: isC1 ? nil : .key(.char(Character(scalar))))
            }
        }
    }

    private func parseEscape(at start: Int, final: Bool) -> Parsed {
        let next = start + 1
        guard next < buffer.count else {
            return final ? .token(length: 1, event: .key(.escape)) : .incomplete
        }
        let byte = buffer[next]
        switch byte {
        case UInt8(ascii: "["):
            return parseCSI(at: start, final: final)
        case UInt8(ascii: "O"):
            guard next + 1 < buffer.count else {
                return final ? .token(length: 1, event: .key(.escape)) : .incomplete
            }
            let keys: [UInt8: Key] = [0x41: .up, 0x42: .down, 0x43: .right, 0x44: .left, 0x48: .home, 0x46: .end]
            return .token(length: 3, event: keys[buffer[next + 1]].map(Event.key))
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "X"):
            return swallowString(at: start, final: final)
        case 0x1B, 0x00...0x1F, 0x7F:
            return .token(length: 1, event: .key(.escape))
        case 0x20...0x7E:
            return .token(length: 2, event: .key(.alt(Character(Unicode.Scalar(byte)))))
        default:
            switch decodeUTF8(at: next) {
            case .incomplete: return final ? .token(length: 1, event: .key(.escape)) : .incomplete
            case .invalid: return .token(length: 1, event: .key(.escape))
            case .scalar(let scalar, let length):
                let isC1 = (0x80...0x9F).contains(scalar.value)
                return .token(length: 1 + length, event: isC1 ? nil : .key(.alt(Character(scalar))))
            }
        }
    }

    private func parseCSI(at start: Int, final: Bool) -> Parsed {
        var index = start + 2
        while index < buffer.count {
            let byte = buffer[index]
            switch byte {
            case 0x20...0x3F:
                index += 1
                // Decided by length alone, so a sequence is dropped the same way however its bytes are split.
                if index - start > Self.sequenceLimit { return .overlong(length: index - start) }
            case 0x40...0x7E:
                let parameters = String(decoding: buffer[(start + 2)..<index], as: UTF8.self)
                let length = index + 1 - start
                if byte == UInt8(ascii: "~") && parameters == "200" { return .startPaste(length: length) }
                return .token(length: length, event: csiKey(final: byte, parameters: parameters).map(Event.key))
            default:
                return .token(length: index - start, event: nil)
            }
        }
        return final ? .token(length: 1, event: .key(.escape)) : .incomplete
    }

    private func csiKey(final: UInt8, parameters: String) -> Key? {
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "Z"): return .backTab
        case UInt8(ascii: "~"):
            let code = parameters.split(separator: ";").first.flatMap { Int($0) }
            let keys: [Int: Key] = [1: .home, 7: .home, 4: .end, 8: .end, 2: .insert, 3: .delete, 5: .pageUp, 6: .pageDown]
            return code.flatMap { keys[$0] }
        default: return nil
        }
    }

    /// OSC, DCS, APC, PM and SOS strings end with BEL or `ESC \`; they are dropped whole.
    private func swallowString(at start: Int, final: Bool) -> Parsed {
        var index = start + 2
        while index < buffer.count {
            if buffer[index] == 0x07 { return .token(length: index + 1 - start, event: nil) }
            if buffer[index] == 0x1B {
                guard index + 1 < buffer.count else { break }
                let length = index - start + (buffer[index + 1] == UInt8(ascii: "\\") ? 2 : 0)
                return .token(length: length, event: nil)
            }
            index += 1
            if index - start > Self.sequenceLimit * 4 { return .token(length: index - start, event: nil) }
        }
        return final ? .token(length: buffer.count - start, event: nil) : .incomplete
    }

    private enum UTF8Result {
        case scalar(Unicode.Scalar, length: Int)
        case incomplete
        case invalid(length: Int)
    }

    private func decodeUTF8(at start: Int) -> UTF8Result {
        let lead = buffer[start]
        let length: Int
        var value: UInt32
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3; value = UInt32(lead & 0x0F)
            if lead == 0xE0 { lower = 0xA0 }
            if lead == 0xED { upper = 0x9F }
        case 0xF0...0xF4:
            length = 4; value = UInt32(lead & 0x07)
            if lead == 0xF0 { lower = 0x90 }
            if lead == 0xF4 { upper = 0x8F }
        default: return .invalid(length: 1)
        }
        for offset in 1..<length {
            guard start + offset < buffer.count else { return .incomplete }
            let byte = buffer[start + offset]
            let range = offset == 1 ? lower...upper : 0x80...0xBF
            guard range.contains(byte) else { return .invalid(length: offset) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return .invalid(length: length) }
        return .scalar(scalar, length: length)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard buffer.count - start >= needle.count else { return nil }
        for index in start...(buffer.count - needle.count)
        where buffer[index] == needle[0] && buffer[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }

    private func partialSuffix(of needle: [UInt8], from start: Int) -> Int {
        let available = buffer.count - start
        for length in stride(from: min(needle.count - 1, available), to: 0, by: -1)
        where buffer[(buffer.count - length)...].elementsEqual(needle[..<length]) {
            return length
        }
        return 0
    }
}
