/// Makes untrusted text (names, notes, emails, scripts from the database) inert before it reaches a terminal.
///
/// Every control character becomes a visible placeholder so that nothing can move the cursor, clear the screen,
/// set the window title or ring the bell, and invisible reordering characters are dropped:
/// - C0 controls U+0000–U+001F and DEL U+007F become their Unicode Control Picture (`ESC` → `␛`, `BEL` → `␇`,
///   `DEL` → `␡`), except the line breaks and tabs handled per function below.
/// - C1 controls U+0080–U+009F (8-bit CSI, OSC, NEL, …) have no Control Picture and become `�` (U+FFFD).
/// - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the marks U+200E, U+200F and
///   U+061C, zero-width space U+200B, U+2060–U+2064, U+206A–U+206F, U+FEFF, soft hyphen U+00AD, U+180E and the
///   interlinear annotation characters U+FFF9–U+FFFB are removed. Zero-width (non-)joiners stay: emoji and several
///   scripts need them.
public enum TerminalText {
    /// Sanitises multi-line text: `\n`, `\r\n`, lone `\r`, U+2028 and U+2029 become `\n`; a tab becomes one space.
    public static func sanitize(_ text: String) -> String {
        clean(text, lineBreak: "\n")
    }

    /// Sanitises text for one line: every line break and tab becomes a single space.
    public static func sanitizeLine(_ text: String) -> String {
        clean(text, lineBreak: " ")
    }

    /// Whether `scalar` is dropped by the sanitiser (invisible formatting or reordering).
    public static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064,
             0x2066...0x2069, 0x206A...0x206F, 0xFEFF, 0xFFF9...0xFFFB:
            return true
        default:
            return false
        }
    }

    private static func clean(_ text: String, lineBreak: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            defer { previousWasCR = value == 0x0D }
            switch value {
            case 0x0A:
                if !previousWasCR { out.append(lineBreak) }
            case 0x0D, 0x2028, 0x2029:
                out.append(lineBreak)
            case 0x09:
                out.append(" ")
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + value)!)
            case 0x7F:
                out.append("\u{2421}")
            case 0x80...0x9F:
                out.append("\u{FFFD}")
            default:
                if !isRemoved(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }
}
