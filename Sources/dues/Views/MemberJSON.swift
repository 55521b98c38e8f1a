import Foundation
import Storage

/// The stable JSON of a member in `members list --format json` (one object per member) and at the top of
/// `members show --format json`. Every key is always present; absent values are `null`. Documented in the README.
struct MemberJSON: Encodable {
    let member: Member

    enum Keys: String, CodingKey {
        case memberNumber = "member_number", firstName = "first_name", lastName = "last_name", phone
        case phoneE164 = "phone_e164", phoneKind = "phone_kind", phoneWrong = "phone_wrong", email, branch
        case joinedOn = "joined_on", doNotCall = "do_not_call"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        let record = member.record
        try container.encode(record.memberNumber, forKey: .memberNumber)
        try container.encode(record.firstName, forKey: .firstName)
        try container.encode(record.lastName, forKey: .lastName)
        try container.encode(record.phone?.raw, forKey: .phone)
        try container.encode(record.phone?.e164, forKey: .phoneE164)
        try container.encode(record.phone?.kind.rawValue, forKey: .phoneKind)
        try container.encode(member.phoneWrong, forKey: .phoneWrong)
        try container.encode(record.email, forKey: .email)
        try container.encode(record.branch, forKey: .branch)
        try container.encode(record.joinedOn?.iso, forKey: .joinedOn)
        try container.encode(member.doNotCall, forKey: .doNotCall)
    }

    /// One member as a single line of JSON with sorted keys.
    static func line(_ member: Member) throws -> String {
        String(decoding: try encoder(pretty: false).encode(MemberJSON(member: member)), as: UTF8.self)
    }

    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}

/// The stable JSON of `members show --format json`: the member's fields as in `MemberJSON`, plus
/// `keep_consent`, `last_seen_at`, `left_register_at`, `created_at`, `updated_at` (ISO 8601, UTC) and the
/// arrays `dues`, `lists` and `calls`, and `welcome` (null unless the member was welcomed).
struct MemberCardJSON: Encodable {
    let card: MemberProfile

    enum Keys: String, CodingKey {
        case keepConsent = "keep_consent", lastSeenAt = "last_seen_at", leftRegisterAt = "left_register_at"
        case createdAt = "created_at", updatedAt = "updated_at", dues, lists, calls, welcome
    }

    struct Dues: Encodable {
        let year: Int, status: String, source: String
        let changed_at: Date
    }

    struct ListEntry: Encodable {
        let campaign: String, kind: String, year: Int, status: String
        let caller: String?
        let attempts: Int

        enum CodingKeys: String, CodingKey { case campaign, kind, year, status, caller, attempts }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(campaign, forKey: .campaign)
            try container.encode(kind, forKey: .kind)
            try container.encode(year, forKey: .year)
            try container.encode(status, forKey: .status)
            try container.encode(caller, forKey: .caller)
            try container.encode(attempts, forKey: .attempts)
        }
    }

    struct Call: Encodable {
        let called_at: Date
        let campaign: String, caller: String, outcome: String
        let note: String?
        let callback_at: Date?
        let checklist: [String]
        let sms_sent_at: Date?

        enum CodingKeys: String, CodingKey {
            case called_at, campaign, caller, outcome, note, callback_at, checklist, sms_sent_at
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(called_at, forKey: .called_at)
            try container.encode(campaign, forKey: .campaign)
            try container.encode(caller, forKey: .caller)
            try container.encode(outcome, forKey: .outcome)
            try container.encode(note, forKey: .note)
            try container.encode(callback_at, forKey: .callback_at)
            try container.encode(checklist, forKey: .checklist)
            try container.encode(sms_sent_at, forKey: .sms_sent_at)
        }
    }

    /// The board's welcome steps: `open` and `done` hold `WelcomeTask` codes, `came` is null while not known.
    struct Welcome: Encodable {
        let campaign: String
        let welcomed_at: Date
        let meeting_at: Date?
        let open: [String], done: [String]
        let came: Bool?

        enum CodingKeys: String, CodingKey { case campaign, welcomed_at, meeting_at, open, done, came }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(campaign, forKey: .campaign)
            try container.encode(welcomed_at, forKey: .welcomed_at)
            try container.encode(meeting_at, forKey: .meeting_at)
            try container.encode(open, forKey: .open)
            try container.encode(done, forKey: .done)
            try container.encode(came, forKey: .came)
        }
    }

    func encode(to encoder: Encoder) throws {
        try MemberJSON(member: card.member).encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(card.member.keepConsent, forKey: .keepConsent)
        try container.encode(card.lastSeenAt, forKey: .lastSeenAt)
        try container.encode(card.member.leftRegisterAt, forKey: .leftRegisterAt)
        try container.encode(card.createdAt, forKey: .createdAt)
        try container.encode(card.updatedAt, forKey: .updatedAt)
        try container.encode(
            card.dues.map { Dues(year: $0.year, status: $0.status.rawValue, source: $0.source.rawValue, changed_at: $0.changedAt) },
            forKey: .dues)
        try container.encode(
            card.lists.map {
                ListEntry(campaign: $0.campaign, kind: $0.kind, year: $0.year, status: $0.status, caller: $0.caller, attempts: $0.attempts)
            }, forKey: .lists)
        try container.encode(
            card.calls.map {
                Call(called_at: $0.calledAt, campaign: $0.campaign, caller: $0.caller, outcome: $0.outcome, note: $0.note, callback_at: $0.callbackAt,
                     checklist: $0.checklist.map(\.rawValue), sms_sent_at: $0.smsSentAt)
            }, forKey: .calls)
        try container.encode(
            card.welcome.map {
                Welcome(campaign: $0.campaign, welcomed_at: $0.welcomedAt, meeting_at: $0.meetingAt, open: $0.open.map(\.rawValue),
                        done: $0.done.map(\.rawValue), came: $0.came)
            }, forKey: .welcome)
    }

    /// The card as pretty-printed JSON with sorted keys.
    static func encode(_ card: MemberProfile) throws -> String {
        String(decoding: try MemberJSON.encoder(pretty: true).encode(MemberCardJSON(card: card)), as: UTF8.self)
    }
}
