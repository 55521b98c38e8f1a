import Foundation

/// Everything the volunteer sees about one member, built by the caller from the database.
public struct MemberCard: Sendable, Equatable {
    /// The database id, handed back in effects.
    public var memberID: Int64
    /// The membership number from the register.
    public var number: String
    public var fullName: String
    public var firstName: String
    public var branch: String
    /// The phone number written the Norwegian way, e.g. `412 34 567`.
    public var phone: String
    /// What kind of number it is, in the interface language, e.g. `mobil`; empty when unknown.
    public var phoneKind: String
    public var memberSince: Date?
    /// Dues for recent years, newest first.
    public var dues: [DuesYear]
    /// Earlier attempts on any campaign, in any order (shown newest first).
    public var attempts: [Attempt]
    public var email: String?
    /// The campaign script with merge fields filled in for this member and caller.
    public var script: String
    /// The modules of a QR code of the member's `tel:` URI (dark = true, no quiet zone); nil without a valid number.
    public var dialCode: [[Bool]]?
    /// The modules of a QR code of an `sms:` URI with the campaign's SMS filled in; nil without a number that
    /// takes texts or when the text is too long for a code.
    public var textCode: [[Bool]]?

    public init(
        memberID: Int64, number: String, fullName: String, firstName: String, branch: String, phone: String,
        phoneKind: String, memberSince: Date?, dues: [DuesYear], attempts: [Attempt], email: String?, script: String,
        dialCode: [[Bool]]? = nil, textCode: [[Bool]]? = nil
    ) {
        self.memberID = memberID
        self.number = number
        self.fullName = fullName
        self.firstName = firstName
        self.branch = branch
        self.phone = phone
        self.phoneKind = phoneKind
        self.memberSince = memberSince
        self.dues = dues
        self.attempts = attempts
        self.email = email
        self.script = script
        self.dialCode = dialCode
        self.textCode = textCode
    }
}

/// The dues status of one year.
public struct DuesYear: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case paid, unpaid
        /// Any other status, as a label in the interface language.
        case other(String)
    }

    public var year: Int
    public var status: Status

    public init(year: Int, status: Status) {
        self.year = year
        self.status = status
    }
}

/// An earlier call to the member.
public struct Attempt: Sendable, Equatable {
    public var at: Date
    public var caller: String
    public var campaign: String
    /// The outcome label in the interface language.
    public var outcome: String
    public var note: String?

    public init(at: Date, caller: String, campaign: String, outcome: String, note: String? = nil) {
        self.at = at
        self.caller = caller
        self.campaign = campaign
        self.outcome = outcome
        self.note = note
    }
}

/// How far the volunteer has come.
public struct Progress: Sendable, Equatable {
    /// Calls this volunteer logged today.
    public var doneToday: Int
    /// Members still to call on the volunteer's list (including the pool they may claim from).
    public var leftOnList: Int

    public init(doneToday: Int, leftOnList: Int) {
        self.doneToday = doneToday
        self.leftOnList = leftOnList
    }
}
