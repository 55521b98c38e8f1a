import Foundation

/// A phone number as entered in the register, normalised to E.164 where possible.
///
/// Accepted forms: `41234567`, `412 34 567`, `+47 412 34 567`, `0047 41234567`, `4741234567`,
/// `+46 70 123 45 67`, `0046…`, with spaces, dots, dashes, parentheses and non-breaking spaces
/// as separators, Excel's numeric renderings such as `41234567.0` or `4.1234567E7`, and Excel's text marker
/// (`'+47 412 34 567`).
/// Anything else is `invalid`, and the raw text is kept.
public struct PhoneNumber: Sendable, Hashable, Codable {
    /// The text as it was given.
    public let raw: String
    /// `+` and digits, e.g. `+4741234567`; nil when invalid.
    public let e164: String?
    public let kind: PhoneKind

    public init(parsing raw: String) {
        self.raw = raw
        if let (e164, kind) = PhoneNumber.normaliseDigits(raw) ?? PhoneNumber.normalise(raw) {
            self.e164 = e164
            self.kind = kind
        } else {
            self.e164 = nil
            self.kind = .invalid
        }
    }

    /// True for numbers a volunteer can dial (mobile, landline or foreign).
    public var isCallable: Bool { kind != .invalid }

    /// The number written for people: `412 34 567` for mobiles, `77 12 34 56` for landlines,
    /// `+46 701 234 567` for foreign numbers, and the trimmed raw text when invalid.
    public var display: String {
        guard let e164 else { return raw.trimmingCharacters(in: .whitespacesAndNewlines) }
        let digits = Array(e164.dropFirst())
        switch kind {
        case .mobile:
            return PhoneNumber.group(digits.dropFirst(2), sizes: [3, 2, 3])
        case .landline:
            return PhoneNumber.group(digits.dropFirst(2), sizes: [2, 2, 2, 2])
        case .foreign:
            let codeLength = PhoneNumber.countryCodeLength(digits)
            let national = Array(digits.dropFirst(codeLength))
            return "+" + String(digits.prefix(codeLength)) + " "
                + PhoneNumber.group(national[...], sizes: PhoneNumber.foreignGroups(national.count))
        case .invalid:
            return raw.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The number for a CSV cell that every spreadsheet opens as the text it is: `display`, except that a foreign
    /// number starts with the international prefix `00` instead of `+` (`0046 701 234 567`), which Excel and
    /// LibreOffice would take for the start of a formula. The groups keep them from reading it as a number.
    public var spreadsheetText: String {
        guard kind == .foreign else { return display }
        return "00" + display.dropFirst()
    }

    private static let separators: Set<Character> = [
        " ", "\u{00A0}", "\u{202F}", "\u{2007}", "\u{2009}", "\t",
        ".", "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "(", ")",
    ]

    /// The general rule, for any text.
    static func normalise(_ raw: String) -> (String, PhoneKind)? {
        var trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        // A leading apostrophe is the text marker spreadsheets (and dues' own CSV exports) put before `+47 …`.
        if trimmed.hasPrefix("'") { trimmed.removeFirst() }
        guard !trimmed.isEmpty, trimmed.count <= 64 else { return nil }
        var text = excelNumberDigits(trimmed) ?? trimmed
        if text.hasPrefix("+") || text.hasPrefix("00") {
            text = text.replacingOccurrences(of: "(0)", with: "")
        }
        var cleaned = ""
        for character in text where !separators.contains(character) {
            cleaned.append(character)
        }
        let international: Bool
        if cleaned.hasPrefix("+") {
            international = true
            cleaned.removeFirst()
        } else if cleaned.hasPrefix("00") {
            international = true
            cleaned.removeFirst(2)
        } else {
            international = false
        }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let digits = Array(cleaned)
        if international {
            if digits.starts(with: ["4", "7"]) {
                return norwegian(Array(digits.dropFirst(2)))
            }
            guard digits[0] != "0", (8...15).contains(digits.count) else { return nil }
            return ("+" + cleaned, .foreign)
        }
        if digits.count == 10, digits.starts(with: ["4", "7"]) {
            return norwegian(Array(digits.dropFirst(2)))
        }
        return norwegian(digits)
    }

    private static func norwegian(_ digits: [Character]) -> (String, PhoneKind)? {
        guard digits.count == 8, let first = digits.first else { return nil }
        switch first {
        case "4", "9": return ("+47" + String(digits), .mobile)
        case "0", "1": return nil
        default: return ("+47" + String(digits), .landline)
        }
    }

    /// The digits of an integral number written the way Excel writes numbers
    /// (`41234567.0`, `4.1234567E7`, `4,1234567E+07`); nil for any other text.
    private static func excelNumberDigits(_ text: String) -> String? {
        let upper = text.uppercased().replacingOccurrences(of: ",", with: ".")
        var mantissa = Substring(upper)
        var exponent = 0
        if let e = upper.firstIndex(of: "E") {
            mantissa = upper[..<e]
            var exponentText = upper[upper.index(after: e)...]
            if exponentText.hasPrefix("+") { exponentText = exponentText.dropFirst() }
            guard let value = Int(exponentText), (0...20).contains(value) else { return nil }
            exponent = value
        } else if !upper.contains(".") {
            return nil
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let integer = parts.first, !integer.isEmpty else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard (integer + fraction).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if exponent == 0 && !upper.contains("E") {
            guard !fraction.isEmpty, fraction.allSatisfy({ $0 == "0" }) else { return nil }
            return String(integer)
        }
        var digits = String(integer)
        var rest = Substring(fraction)
        for _ in 0..<exponent {
            digits.append(rest.first ?? "0")
            rest = rest.dropFirst()
        }
        guard rest.allSatisfy({ $0 == "0" }) else { return nil }
        return digits
    }

    /// The length of the ITU country code at the start of an international number.
    static func countryCodeLength(_ digits: [Character]) -> Int {
        guard let first = digits.first else { return 0 }
        if first == "1" || first == "7" { return 1 }
        let two = String(digits.prefix(2))
        return twoDigitCodes.contains(two) ? 2 : 3
    }

    private static let twoDigitCodes: Set<String> = [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47",
        "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65",
        "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ]

    /// Groups of three, ending in two groups of two when a single digit would be left over.
    private static func foreignGroups(_ count: Int) -> [Int] {
        var sizes = Array(repeating: 3, count: count / 3)
        switch count % 3 {
        case 1 where !sizes.isEmpty:
            sizes.removeLast()
            sizes += [2, 2]
        case 1: sizes.append(1)
        case 2: sizes.append(2)
        default: break
        }
        return sizes
    }

    private static func group(_ digits: ArraySlice<Character>, sizes: [Int]) -> String {
        var groups: [String] = []
        var rest = digits
        for size in sizes where !rest.isEmpty {
            groups.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { groups.append(String(rest)) }
        return groups.joined(separator: " ")
    }
}
