import Foundation

/// Text a person types that the database keeps (names, notes, scripts), made inert and held to a length when it
/// enters: control characters and invisible reordering characters are removed, so nothing stored can drive a
/// terminal later, and a script or note cannot grow large enough to slow every screen that shows it.
public enum UserText {
    /// What the text is, which sets its limit and whether it keeps line breaks.
    public enum Field: Sendable, CaseIterable {
        case callerName, campaignName, branch, phone, note, script, meetingPlace

        /// The most characters it may hold.
        public var limit: Int {
            switch self {
            case .callerName, .campaignName, .branch, .phone, .meetingPlace: 200
            case .note: 2_000
            case .script: 20_000
            }
        }

        /// Whether line breaks are kept (as `\n`); elsewhere a line break becomes a space.
        var isMultiline: Bool { self == .note || self == .script }

        func label(_ language: Language) -> String {
            switch (self, language) {
            case (.callerName, .nb): "ringerens navn"
            case (.callerName, .en): "the caller's name"
            case (.campaignName, .nb): "kampanjens navn"
            case (.campaignName, .en): "the campaign's name"
            case (.branch, .nb): "lokallagets navn"
            case (.branch, .en): "the branch's name"
            case (.phone, .nb): "telefonnummeret"
            case (.phone, .en): "the phone number"
            case (.note, .nb): "notatet"
            case (.note, .en): "the note"
            case (.script, .nb): "manuset"
            case (.script, .en): "the script"
            case (.meetingPlace, .nb): "møtestedet"
            case (.meetingPlace, .en): "the meeting place"
            }
        }
    }

    /// `text` cleaned for storing as `field`: line breaks normalised (or made spaces), tabs made spaces, every other
    /// control character (C0, DEL, C1) and invisible formatting or reordering character removed, spaces trimmed.
    /// Throws when the cleaned text is longer than the field's limit.
    public static func clean(_ text: String, as field: Field) throws -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A:
                if !previousWasCR { out.append(field.isMultiline ? "\n" : " ") }
            case 0x0D, 0x2028, 0x2029:
                out.append(field.isMultiline ? "\n" : " ")
            case 0x09:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                if !isInvisible(scalar) { out.append(scalar) }
            }
        }
        let cleaned = String(out).trimmingCharacters(in: .whitespaces)
        guard cleaned.count <= field.limit else { throw UserTextError(field: field, length: cleaned.count) }
        return cleaned
    }

    /// Invisible formatting and reordering characters (the set `TerminalText` drops before printing).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064,
             0x2066...0x2069, 0x206A...0x206F, 0xFEFF, 0xFFF9...0xFFFB:
            true
        default:
            false
        }
    }
}

/// Text longer than its field allows.
public struct UserTextError: BilingualError, Equatable, CustomStringConvertible {
    public let field: UserText.Field
    /// Its length in characters.
    public let length: Int

    public func message(_ language: Language) -> String {
        let what = field.label(language)
        return language == .nb
            ? "\(what) er for langt: \(length) tegn, høyst \(field.limit) er lov"
            : "\(what) is too long: \(length) characters, at most \(field.limit) are allowed"
    }

    public var description: String { message(.en) }
}
