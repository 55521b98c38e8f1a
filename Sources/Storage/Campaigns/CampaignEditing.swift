import Foundation
import Model
import SQLite

extension Store {
    /// Changes a campaign's calling rules, welcome window and overlap rule, and renames it when `newName` is given, in
    /// one transaction; a welcome campaign's meeting time, meeting place (an empty one clears it) and keep-in-touch
    /// weeks change when given. Members already
    /// on the list stay; a wider welcome window, or overlap allowed, adds the members it now holds. Returns the
    /// campaign as changed and how many members were added.
    @discardableResult
    public func editCampaign(
        named name: String, rules: CallingRules, welcomeWindowDays: Int, allowOverlap: Bool? = nil, newName: String? = nil,
        meetingAt: Date? = nil, meetingPlace: String? = nil, keepInTouchWeeks: Int? = nil
    ) throws -> (campaign: Campaign, added: Int) {
        try rules.validate()
        guard (1...3660).contains(welcomeWindowDays) else {
            throw StoreError.invalid(Wording("velkomstvinduet må være mellom 1 og 3660 dager", "the welcome window must be between 1 and 3660 days"))
        }
        let newName = newName?.trimmingCharacters(in: .whitespacesAndNewlines)
        if newName?.isEmpty == true { throw StoreError.invalid(Wording("en kampanje trenger et navn", "a campaign needs a name")) }
        let newPlace = try meetingPlace.map { try Self.meetingPlace($0) }
        return try write { database in
            let campaign = try campaign(named: name)
            try Self.checkWelcomeSettings(
                kind: campaign.kind, meetingAt: meetingAt, meetingPlace: newPlace ?? nil,
                keepInTouchWeeks: keepInTouchWeeks ?? campaign.keepInTouchWeeks)
            if let newName, newName != campaign.name,
               try database.fetchOne("SELECT 1 FROM campaigns WHERE name = ?", [newName], { _ in true }) ?? false {
                throw StoreError.conflict(Wording("det finnes allerede en kampanje som heter \(newName)", "there is already a campaign named \(newName)"))
            }
            try database.run("""
                UPDATE campaigns SET name = ?, max_attempts = ?, calling_start_minute = ?, calling_end_minute = ?,
                    calling_days = ?, time_zone = ?, cool_down_days = ?, claim_timeout_seconds = ?, welcome_window_days = ?,
                    allow_overlap = ?, meeting_at = ?, keep_in_touch_weeks = ?, meeting_place = ?
                WHERE id = ?
                """, [
                    newName ?? campaign.name, rules.maxAttempts, rules.startMinute, rules.endMinute,
                    rules.callingDays.sorted().map { String($0.rawValue) }.joined(), rules.timeZoneIdentifier,
                    rules.coolDownDays, Int(rules.claimTimeout), welcomeWindowDays, allowOverlap ?? campaign.allowOverlap,
                    meetingAt ?? campaign.meetingAt, keepInTouchWeeks ?? campaign.keepInTouchWeeks,
                    newPlace == nil ? campaign.meetingPlace : newPlace!, campaign.id,
                ])
            let edited = try database.fetchOne(Self.campaignColumns + " WHERE id = ?", [campaign.id], Self.campaign)!
            let added = try addEligibleMembers(database, edited)
            try audit(database, "campaign_edit", subject: edited.name, counts: ["added": added])
            return (edited, added)
        }
    }

    /// Deletes a campaign made by mistake, with its list, in one transaction. A campaign with a logged call or an
    /// exported pack is history and is refused: close it instead. Returns how many list entries went with it.
    @discardableResult
    public func deleteCampaign(named name: String) throws -> Int {
        try write { database in
            let campaign = try campaign(named: name)
            let (calls, packs) = try database.fetchOne("""
                SELECT (SELECT count(*) FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id WHERE e.campaign_id = ?1),
                       (SELECT count(*) FROM packs WHERE campaign_id = ?1)
                """, [campaign.id]) { ($0[0] as Int, $0[1] as Int) }!
            guard calls == 0, packs == 0 else {
                throw StoreError.conflict(calls > 0
                    ? Wording("kampanjen \(campaign.name) har \(calls) førte samtale(r), som må bli stående: avslutt den med `dues campaign close` i stedet", "campaign \(campaign.name) has \(calls) logged call(s), which must stay: close it with `dues campaign close` instead")
                    : Wording("kampanjen \(campaign.name) har \(packs) ringepakke(r) ute: avslutt den med `dues campaign close` i stedet", "campaign \(campaign.name) has \(packs) call pack(s) exported: close it with `dues campaign close` instead"))
            }
            let entries = try database.run("DELETE FROM call_list_entries WHERE campaign_id = ?", [campaign.id])
            try database.run("DELETE FROM campaigns WHERE id = ?", [campaign.id])
            try audit(database, "campaign_delete", subject: campaign.name, counts: ["entries": entries])
            return entries
        }
    }
}
