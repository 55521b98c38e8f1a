import TextCells

/// A one-line text editor: cursor movement, Home/End, backspace, delete, Ctrl+U/Ctrl+K, typing and paste.
/// Control characters never enter the text; line breaks and tabs in pasted text become spaces.
public struct LineEditor: Sendable, Equatable {
    public private(set) var text: String
    /// The cursor position in grapheme clusters from the start.
    public private(set) var cursor: Int
    /// The most characters the text may hold.
    public let limit: Int

    public init(_ text: String = "", limit: Int = 500) {
        self.limit = limit
        self.text = ""
        self.cursor = 0
        insert(text)
    }

    /// Applies an editing key; false when the key does not edit (Enter, Escape, …).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(String(c))
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: index(cursor - 1))
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < text.count else { return true }
            text.remove(at: index(cursor))
        case .ctrl("u"):
            text.removeSubrange(..<index(cursor))
            cursor = 0
        case .ctrl("k"):
            text.removeSubrange(index(cursor)...)
        default:
            return false
        }
        return true
    }

    /// Inserts typed or pasted text at the cursor.
    public mutating func insert(_ typed: String) {
        var clean = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in typed.unicodeScalars {
            defer { previousWasCR = scalar.value == 0x0D }
            switch scalar.value {
            case 0x0A where previousWasCR: continue
            case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: clean.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            default: if !TerminalText.isRemoved(scalar) { clean.append(scalar) }
            }
        }
        let head = String(text[..<index(cursor)]) + String(clean)
        let tail = String(text[index(cursor)...])
        let room = max(0, limit - tail.count)
        let kept = String(head.prefix(room))
        text = kept + tail
        cursor = min(kept.count, text.count)
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: min(max(0, offset), text.count))
    }
}
