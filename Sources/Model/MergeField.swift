/// A field a call script can use, written `{member.first_name}` in the script.
public enum MergeField: String, Sendable, Hashable, CaseIterable, Codable {
    case memberFirstName = "member.first_name"
    case memberFullName = "member.full_name"
    case memberBranch = "member.branch"
    case callerFirstName = "caller.first_name"
    case year
    case party
    case membershipOfficeEmail = "membership_office_email"
    case paymentDetails = "payment_details"
    /// The welcome campaign's next meeting, when and where (`MeetingText`).
    case meeting
}

/// The values merged into a script for one member and one caller.
public struct MergeValues: Sendable, Hashable {
    public var memberFirstName: String
    public var memberFullName: String
    public var memberBranch: String
    public var callerFirstName: String
    public var year: Int
    public var party: String
    public var membershipOfficeEmail: String
    public var paymentDetails: String
    /// The coming meeting as said (`MeetingText`); empty when there is none.
    public var meeting: String

    public init(memberFirstName: String, memberFullName: String, memberBranch: String, callerFirstName: String,
                year: Int, party: String, membershipOfficeEmail: String, paymentDetails: String = "",
                meeting: String = "") {
        self.memberFirstName = memberFirstName
        self.memberFullName = memberFullName
        self.memberBranch = memberBranch
        self.callerFirstName = callerFirstName
        self.year = year
        self.party = party
        self.membershipOfficeEmail = membershipOfficeEmail
        self.paymentDetails = paymentDetails
        self.meeting = meeting
    }

    /// The value of one field.
    public subscript(field: MergeField) -> String {
        switch field {
        case .memberFirstName: return memberFirstName
        case .memberFullName: return memberFullName
        case .memberBranch: return memberBranch
        case .callerFirstName: return callerFirstName
        case .year: return String(year)
        case .party: return party
        case .membershipOfficeEmail: return membershipOfficeEmail
        case .paymentDetails: return paymentDetails
        case .meeting: return meeting
        }
    }
}
