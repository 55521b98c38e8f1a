/// How many SMS segments a text takes: GSM-7 when every character is in the GSM 03.38 alphabet (160 characters in one
/// segment, 153 each when split; characters of the extension table count twice), otherwise UCS-2 (70, or 67 each in
/// UTF-16 code units).
public struct SMSLength: Sendable, Hashable {
    public enum Encoding: String, Sendable, Hashable {
        case gsm7 = "GSM-7"
        case ucs2 = "UCS-2"
    }

    public let encoding: Encoding
    /// Septets for GSM-7, UTF-16 code units for UCS-2.
    public let units: Int
    public let segments: Int

    /// The most segments a template's body should take; longer texts arrive split and cost more.
    public static let segmentLimit = 2

    public init(_ text: String) {
        var septets = 0
        var gsm = true
        for scalar in text.unicodeScalars {
            if Self.basic.contains(scalar) {
                septets += 1
            } else if Self.extended.contains(scalar) {
                septets += 2
            } else {
                gsm = false
                break
            }
        }
        if gsm {
            encoding = .gsm7
            units = septets
            segments = septets == 0 ? 0 : septets <= 160 ? 1 : (septets + 152) / 153
        } else {
            encoding = .ucs2
            units = text.utf16.count
            segments = units <= 70 ? 1 : (units + 66) / 67
        }
    }

    /// Whether the text fits in `segmentLimit` segments.
    public var fitsLimit: Bool { segments <= Self.segmentLimit }

    /// The GSM 03.38 basic alphabet.
    static let basic: Set<Unicode.Scalar> = Set(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars)
    /// The extension table, each character sent as an escape and itself.
    static let extended: Set<Unicode.Scalar> = Set("^{}\\[~]|€\u{0C}".unicodeScalars)
}
