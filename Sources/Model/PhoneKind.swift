/// What kind of number a member's phone entry turned out to be.
public enum PhoneKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// A Norwegian mobile number (8 digits starting with 4 or 9).
    case mobile
    /// Any other Norwegian 8-digit number (not starting with 0 or 1).
    case landline
    /// A number with another country code and a plausible length.
    case foreign
    /// Not understood; the raw text is kept so someone can fix it.
    case invalid
}
