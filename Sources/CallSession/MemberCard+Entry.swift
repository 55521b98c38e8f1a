import CallScreen
import Foundation
import Model
import QRCode
import Storage

/// What a member card is built from besides the claimed entry: the campaign, the caller and the script's values.
public struct CardSource: Sendable {
    public let campaign: Campaign
    public let caller: Caller
    /// The interface language.
    public let language: Model.Language
    /// The party's name, for `{party}`.
    public let party: String
    /// The membership office's address, for `{membership_office_email}`.
    public let officeEmail: String
    /// How members pay, for `{payment_details}`.
    public let paymentDetails: String
    /// The campaign's own SMS template, nil for the default of its kind.
    public let smsTemplate: String?
    /// The coming meeting as said in each language, for `{meeting}` (`Campaign.meetingText`); empty or missing when
    /// there is none. The script says it in the campaign's language, the SMS in its own text's.
    public let meeting: [Model.Language: String]
    /// How many recent years of dues a card shows.
    public static let duesYearsShown = 4

    public init(
        campaign: Campaign, caller: Caller, language: Model.Language, party: String, officeEmail: String,
        paymentDetails: String = "", smsTemplate: String? = nil, meeting: [Model.Language: String] = [:]
    ) {
        self.campaign = campaign
        self.caller = caller
        self.language = language
        self.party = party
        self.officeEmail = officeEmail
        self.paymentDetails = paymentDetails
        self.smsTemplate = smsTemplate
        self.meeting = meeting
    }

    /// The card for a claimed entry, with the member's dues (newest first) and earlier calls.
    public func card(
        for entry: ClaimedEntry, dues: [(year: Int, status: DuesStatus)], history: [CallAttempt]
    ) -> MemberCard {
        let member = entry.member
        let record = member.record
        let rules = campaign.rules
        return MemberCard(
            memberID: member.id, number: record.memberNumber, fullName: member.fullName, firstName: record.firstName,
            branch: record.branch ?? "", phone: record.phone?.display ?? "",
            phoneKind: record.phone.map { Self.label($0.kind, language) } ?? "",
            memberSince: record.joinedOn?.date(in: rules.timeZone),
            dues: dues.sorted { $0.year > $1.year }.prefix(Self.duesYearsShown).map {
                DuesYear(year: $0.year, status: Self.status($0.status, language))
            },
            attempts: history.map {
                Attempt(at: $0.at, caller: $0.caller, campaign: $0.campaign, outcome: $0.outcome.label(language), note: $0.note)
            },
            email: record.email, script: script(for: member),
            dialCode: record.phone?.telURI.flatMap { QRMatrix(encoding: $0) }?.modules,
            textCode: textCode(for: member))
    }

    /// The campaign's script with the merge fields filled in for `member` and this caller.
    public func script(for member: Member) -> String {
        Self.script(
            campaign, for: member, callerFirstName: caller.firstName, party: party, officeEmail: officeEmail,
            paymentDetails: paymentDetails, meeting: meeting[campaign.language] ?? "")
    }

    /// `campaign`'s script with the merge fields filled in for `member`, a caller called `callerFirstName` and the
    /// organisation's settings (an unset one is empty, so its fallback is said).
    public static func script(
        _ campaign: Campaign, for member: Member, callerFirstName: String, party: String, officeEmail: String,
        paymentDetails: String, meeting: String
    ) -> String {
        let values = MergeValues(
            memberFirstName: member.record.firstName, memberFullName: member.fullName,
            memberBranch: member.record.branch ?? "", callerFirstName: callerFirstName, year: campaign.year,
            party: party, membershipOfficeEmail: officeEmail, paymentDetails: paymentDetails, meeting: meeting)
        guard let template = try? ScriptTemplate(validating: campaign.script) else { return campaign.script }
        return template.render(values)
    }

    /// The QR modules of an `sms:` URI with the campaign's SMS (its own or the default) for `member`, for numbers that take texts.
    func textCode(for member: Member) -> [[Bool]]? {
        guard let phone = member.record.phone, phone.kind == .mobile || phone.kind == .foreign else { return nil }
        let values = MergeValues(
            memberFirstName: member.record.firstName, memberFullName: member.fullName,
            memberBranch: member.record.branch ?? "", callerFirstName: caller.firstName, year: campaign.year,
            party: party, membershipOfficeEmail: officeEmail, paymentDetails: paymentDetails,
            meeting: meeting[smsTemplate == nil ? language : campaign.language] ?? "")
        // The default text is in the interface language, the campaign's own in the campaign's.
        let template = smsTemplate.flatMap { try? ScriptTemplate(validating: $0) }
            ?? SMSTemplate.defaultTemplate(for: campaign.kind, keepInTouch: campaign.isKeepInTouch, language: language)
        let body = template.render(values)
        return phone.smsURI(body: body).flatMap { QRMatrix(encoding: $0) }?.modules
    }

    static func label(_ kind: PhoneKind, _ language: Model.Language) -> String {
        switch (kind, language) {
        case (.mobile, .nb): return "mobil"
        case (.mobile, .en): return "mobile"
        case (.landline, .nb): return "fasttelefon"
        case (.landline, .en): return "landline"
        case (.foreign, .nb): return "utenlandsk"
        case (.foreign, .en): return "foreign"
        case (.invalid, .nb): return "ugyldig nummer"
        case (.invalid, .en): return "invalid number"
        }
    }

    static func status(_ status: DuesStatus, _ language: Model.Language) -> DuesYear.Status {
        switch status {
        case .paid: return .paid
        case .unpaid: return .unpaid
        case .waived: return .other(language == .nb ? "fritatt" : "waived")
        }
    }
}
