/// One key press decoded from terminal input.
public enum Key: Hashable, Sendable {
    /// A printable character (one Unicode scalar as typed; the line editor joins combining marks).
    case char(Character)
    /// Alt (Meta) with a printable character, sent by terminals as `ESC` followed by the character.
    case alt(Character)
    /// Ctrl with a letter, as its lowercase letter: Ctrl+A is `.ctrl("a")`.
    case ctrl(Character)
    case enter, tab, backTab, backspace, escape
    case up, down, left, right, home, end, insert, delete, pageUp, pageDown
}
