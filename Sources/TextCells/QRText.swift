/// Draws a QR code's modules for a terminal: two module rows per text line with Unicode half blocks, the four-module
/// quiet zone the standard asks for, and explicit black-on-white colours so it scans whatever the terminal's theme.
public enum QRText {
    /// The quiet zone around the code, in modules.
    public static let quietZone = 4
    /// SGR for black foreground on white background.
    public static let colours = "\u{1B}[30;47m"
    /// SGR that restores the terminal's colours.
    public static let reset = "\u{1B}[0m"

    /// The code's lines of half blocks for its modules (dark = true), quiet zone included, with no escape
    /// sequences (`▀` = dark above, light below; `▄` = the reverse; `█` both dark; space both light). Dark is drawn
    /// in the foreground colour.
    public static func lines(_ modules: [[Bool]]) -> [String] {
        let padded = withQuietZone(modules)
        var result: [String] = []
        var row = 0
        while row < padded.count {
            let upper = padded[row]
            let lower = row + 1 < padded.count ? padded[row + 1] : Array(repeating: false, count: upper.count)
            result.append(String(zip(upper, lower).map { cell($0, $1) }))
            row += 2
        }
        return result
    }

    /// The lines wrapped in black-on-white SGR colours, each ending with a reset.
    public static func coloured(_ modules: [[Bool]]) -> [String] {
        lines(modules).map { colours + $0 + reset }
    }

    /// The number of columns and text lines the drawn code takes for a code of `size` modules.
    public static func extent(size: Int) -> (columns: Int, rows: Int) {
        let side = size + 2 * quietZone
        return (side, (side + 1) / 2)
    }

    /// The modules surrounded by `quietZone` light modules on every side.
    public static func withQuietZone(_ modules: [[Bool]]) -> [[Bool]] {
        let side = modules.count + 2 * quietZone
        let light = Array(repeating: false, count: side)
        let margin = Array(repeating: false, count: quietZone)
        return Array(repeating: light, count: quietZone)
            + modules.map { margin + $0 + margin }
            + Array(repeating: light, count: quietZone)
    }

    private static func cell(_ upper: Bool, _ lower: Bool) -> Character {
        switch (upper, lower) {
        case (true, true): return "█"
        case (true, false): return "▀"
        case (false, true): return "▄"
        case (false, false): return " "
        }
    }
}
