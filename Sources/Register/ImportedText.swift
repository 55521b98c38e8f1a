/// Makes imported text safe to store: control characters and invisible reordering marks are removed, and line
/// breaks and tabs become spaces, so nothing from a register file can later drive a terminal or hide text.
public enum ImportedText {
    /// The text without C0 and C1 controls, DEL, bidirectional controls and byte order marks; line breaks and
    /// tabs become single spaces. Not trimmed.
    public static func strip(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09...0x0D, 0x85, 0x2028, 0x2029:
                scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
                continue
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
