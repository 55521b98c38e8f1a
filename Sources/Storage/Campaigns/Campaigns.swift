import Foundation
import Model
import SQLite

/// A calling campaign.
public struct Campaign: Sendable, Equatable {
    public let id: Int64
    public let name: String
    public let kind: CampaignKind
    public let year: Int
    public let language: Language
    /// The phone-script template (validated when saved).
    public let script: String
    public let isOpen: Bool
    public let rules: CallingRules
    /// Welcome campaigns hold members who joined within this many days.
    public let welcomeWindowDays: Int
    /// Whether members open on another open list of the same kind and year may be put on this one too.
    public let allowOverlap: Bool
    public let createdAt: Date
    /// Welcome campaigns: when the meeting the new members are invited to starts.
    public let meetingAt: Date?
    /// Welcome campaigns: where that meeting is held, nil when not given.
    public let meetingPlace: String?
    /// Welcome campaigns: how many weeks after the welcome call the keep-in-touch call follows.
    public let keepInTouchWeeks: Int
    /// Whether this is a keep-in-touch campaign: the second, shorter call to members welcomed on another campaign.
    public let isKeepInTouch: Bool
    /// A keep-in-touch campaign's welcome campaign, while that exists.
    public let keepInTouchOf: Int64?
}

/// What is needed to create a campaign.
public struct CampaignDraft: Sendable {
    public var name: String
    public var kind: CampaignKind
    public var year: Int
    public var language: Language
    /// The script; the kind's default in `language` when nil.
    public var script: String?
    public var rules: CallingRules
    public var welcomeWindowDays: Int
    /// Put members on the list who are open on another open list of the same kind and year too.
    public var allowOverlap: Bool
    /// Welcome campaigns: when the meeting new members are invited to starts.
    public var meetingAt: Date?
    /// Welcome campaigns: where that meeting is held.
    public var meetingPlace: String?
    /// Welcome campaigns: weeks from the welcome call to the keep-in-touch call.
    public var keepInTouchWeeks: Int
    /// Makes a keep-in-touch campaign that calls again the members welcomed on this welcome campaign; its script
    /// is then the keep-in-touch script unless `script` is given.
    public var keepInTouchOf: String?

    public init(
        name: String, kind: CampaignKind, year: Int, language: Language = .nb, script: String? = nil,
        rules: CallingRules = CallingRules(), welcomeWindowDays: Int = 60, allowOverlap: Bool = false,
        meetingAt: Date? = nil, meetingPlace: String? = nil, keepInTouchWeeks: Int = 6, keepInTouchOf: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.year = year
        self.language = language
        self.script = script
        self.rules = rules
        self.welcomeWindowDays = welcomeWindowDays
        self.allowOverlap = allowOverlap
        self.meetingAt = meetingAt
        self.meetingPlace = meetingPlace
        self.keepInTouchWeeks = keepInTouchWeeks
        self.keepInTouchOf = keepInTouchOf
    }
}

extension Store {
    static let campaignColumns = """
        SELECT id, name, kind, year, language, script, status, max_attempts, calling_start_minute,
               calling_end_minute, calling_days, time_zone, cool_down_days, claim_timeout_seconds,
               welcome_window_days, created_at, allow_overlap, meeting_at, keep_in_touch_weeks, keep_in_touch,
               keep_in_touch_of, meeting_place
        FROM campaigns
        """

    static func campaign(_ row: Row) -> Campaign {
        let days = (row[10] as String).compactMap { $0.wholeNumberValue.flatMap(Weekday.init(rawValue:)) }
        let rules = CallingRules(
            maxAttempts: row[7], startMinute: row[8], endMinute: row[9], timeZoneIdentifier: row[11],
            callingDays: Set(days), coolDownDays: row[12], claimTimeout: TimeInterval(row[13] as Int))
        return Campaign(
            id: row[0], name: row[1], kind: CampaignKind(rawValue: row[2]) ?? .dues, year: row[3],
            language: Language(rawValue: row[4]) ?? .nb, script: row[5], isOpen: (row[6] as String) == "open",
            rules: rules, welcomeWindowDays: row[14], allowOverlap: (row[16] as Int) != 0, createdAt: row[15],
            meetingAt: row[17], meetingPlace: row[21], keepInTouchWeeks: row[18], isKeepInTouch: (row[19] as Int) != 0, keepInTouchOf: row[20])
    }

    /// Every campaign, newest first.
    public func campaigns() throws -> [Campaign] {
        try read { database in
            try database.fetchAll(Self.campaignColumns + " ORDER BY created_at DESC, id DESC", [], Self.campaign)
        }
    }

    /// The campaign named `name`.
    public func campaign(named name: String) throws -> Campaign {
        guard let campaign = try read({ try $0.fetchOne(Self.campaignColumns + " WHERE name = ?", [name], Self.campaign) }) else {
            throw StoreError.notFound(kind: "campaign", name: name)
        }
        return campaign
    }

    /// The open campaign to use when none is named: the only open one, or else the only one with open entries
    /// assigned to `caller`.
    public func defaultCampaign(for caller: Caller? = nil) throws -> Campaign {
        var open = try campaigns().filter(\.isOpen)
        if open.count > 1, let caller {
            let mine = try read { database in
                try open.filter { campaign in
                    try database.fetchOne(
                        "SELECT 1 FROM call_list_entries WHERE campaign_id = ? AND caller_id = ? AND status = 'open' LIMIT 1",
                        [campaign.id, caller.id]) { _ in true } ?? false
                }
            }
            if mine.count == 1 { open = mine }
        }
        guard open.count == 1 else {
            throw StoreError.invalid(open.isEmpty
                ? Wording("ingen kampanje er åpen: lag en med `dues campaign create`", "there is no open campaign: create one with `dues campaign create`")
                : Wording("flere kampanjer er åpne (\(open.map(\.name).joined(separator: ", "))): nevn én", "several campaigns are open (\(open.map(\.name).joined(separator: ", "))): name one"))
        }
        return open[0]
    }

    /// Creates a campaign and puts the members it holds on its list, in one transaction.
    @discardableResult
    public func createCampaign(_ draft: CampaignDraft) throws -> (campaign: Campaign, added: Int) {
        let name = try UserText.clean(draft.name, as: .campaignName)
        guard !name.isEmpty else { throw StoreError.invalid(Wording("en kampanje trenger et navn", "a campaign needs a name")) }
        try draft.rules.validate()
        guard (1...3660).contains(draft.welcomeWindowDays) else {
            throw StoreError.invalid(Wording("velkomstvinduet må være mellom 1 og 3660 dager", "the welcome window must be between 1 and 3660 days"))
        }
        let meetingPlace = try Self.meetingPlace(draft.meetingPlace)
        try Self.checkWelcomeSettings(
            kind: draft.kind, meetingAt: draft.meetingAt, meetingPlace: meetingPlace, keepInTouchWeeks: draft.keepInTouchWeeks)
        if draft.keepInTouchOf != nil, draft.kind != .welcome {
            throw StoreError.invalid(Wording("en holde-kontakt-kampanje er en velkomstkampanje (--kind welcome)", "a keep-in-touch campaign is a welcome campaign (--kind welcome)"))
        }
        let script = try ScriptTemplate(validating: draft.script ?? (draft.keepInTouchOf == nil
            ? ScriptTemplate.defaultText(kind: draft.kind, language: draft.language)
            : ScriptTemplate.keepInTouchText(language: draft.language)))
        try Self.refuseMeetingField(in: script, kind: draft.kind, what: .script)
        return try write { database in
            let exists = try database.fetchOne("SELECT 1 FROM campaigns WHERE name = ?", [name]) { _ in true } ?? false
            guard !exists else { throw StoreError.conflict(Wording("det finnes allerede en kampanje som heter \(name)", "there is already a campaign named \(name)")) }
            let source = try draft.keepInTouchOf.map { try keepInTouchSource(named: $0) }
            let rules = draft.rules
            try database.run("""
                INSERT INTO campaigns (name, kind, year, language, script, max_attempts, calling_start_minute,
                    calling_end_minute, calling_days, time_zone, cool_down_days, claim_timeout_seconds,
                    welcome_window_days, allow_overlap, created_at, meeting_at, keep_in_touch_weeks, keep_in_touch,
                    keep_in_touch_of, meeting_place)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [
                    name, draft.kind.rawValue, draft.year, draft.language.rawValue, script.text, rules.maxAttempts,
                    rules.startMinute, rules.endMinute, rules.callingDays.sorted().map { String($0.rawValue) }.joined(),
                    rules.timeZoneIdentifier, rules.coolDownDays, Int(rules.claimTimeout), draft.welcomeWindowDays,
                    draft.allowOverlap, timestamp, draft.meetingAt, draft.keepInTouchWeeks, source != nil, source?.id,
                    meetingPlace,
                ])
            let campaign = try database.fetchOne(
                Self.campaignColumns + " WHERE id = ?", [database.lastInsertRowID], Self.campaign)!
            let added = try addEligibleMembers(database, campaign)
            try audit(database, "campaign_create", subject: name, counts: ["added": added])
            return (campaign, added)
        }
    }

    /// Replaces a campaign's script after checking its merge fields; `{meeting}` only on welcome campaigns.
    public func setScript(campaign name: String, to text: String) throws {
        let script = try ScriptTemplate(validating: text)
        try write { database in
            try Self.refuseMeetingField(in: script, kind: campaign(named: name).kind, what: .script)
            guard try database.run("UPDATE campaigns SET script = ? WHERE name = ?", [script.text, name]) == 1 else {
                throw StoreError.notFound(kind: "campaign", name: name)
            }
            try audit(database, "script_set", subject: name)
        }
    }

    /// Closes a campaign: nothing more is claimed from it, and held claims are released.
    public func closeCampaign(named name: String) throws {
        try write { database in
            let campaign = try campaign(named: name)
            guard campaign.isOpen else { throw StoreError.conflict(Wording("kampanjen \(name) er allerede avsluttet", "campaign \(name) is already closed")) }
            try database.run("UPDATE campaigns SET status = 'closed', closed_at = ? WHERE id = ?", [timestamp, campaign.id])
            let released = try database.run(
                "UPDATE call_list_entries SET claimed_by = NULL, claimed_at = NULL WHERE campaign_id = ? AND claimed_by IS NOT NULL",
                [campaign.id])
            try audit(database, "campaign_close", subject: name, counts: ["released": released])
        }
    }

    /// The local calendar day of the store's clock in a campaign's time zone.
    func today(_ campaign: Campaign) -> CalendarDate {
        CalendarDate(now(), in: campaign.rules.timeZone)
    }
}
