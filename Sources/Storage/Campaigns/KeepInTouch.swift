import Foundation
import Model
import SQLite

extension Store {
    /// Refuses a meeting time or place on a campaign that is not a welcome campaign, and keep-in-touch weeks outside
    /// 1…52.
    static func checkWelcomeSettings(kind: CampaignKind, meetingAt: Date?, meetingPlace: String?, keepInTouchWeeks: Int) throws {
        if meetingAt != nil, kind != .welcome {
            throw StoreError.invalid(Wording("bare velkomstkampanjer har et møtetidspunkt", "only welcome campaigns have a meeting time"))
        }
        if meetingPlace != nil, kind != .welcome {
            throw StoreError.invalid(Wording("bare velkomstkampanjer har et møtested", "only welcome campaigns have a meeting place"))
        }
        guard (1...52).contains(keepInTouchWeeks) else {
            throw StoreError.invalid(Wording(
                "ukene før holde-kontakt-samtalen må være mellom 1 og 52, ikke \(keepInTouchWeeks)",
                "the weeks before the keep-in-touch call must be between 1 and 52, not \(keepInTouchWeeks)"))
        }
    }

    /// The welcome campaign a new keep-in-touch campaign follows: a welcome campaign that is not itself one.
    func keepInTouchSource(named name: String) throws -> Campaign {
        let source = try campaign(named: name)
        guard source.kind == .welcome, !source.isKeepInTouch else {
            throw StoreError.invalid(Wording(
                "\(source.name) er ikke en velkomstkampanje; holde-kontakt-samtalen følger en velkomstkampanje",
                "\(source.name) is not a welcome campaign; the keep-in-touch call follows a welcome campaign"))
        }
        return source
    }

    /// A keep-in-touch campaign's welcome campaign, and how many members welcomed there are left off its list
    /// because their welcome call is more recent than that campaign's keep-in-touch weeks (`campaign refresh` adds
    /// them once they are due); nil for other campaigns.
    public func keepInTouchWaiting(campaign: Campaign) throws -> (source: Campaign, tooRecent: Int)? {
        guard campaign.isKeepInTouch, let sourceID = campaign.keepInTouchOf else { return nil }
        return try read { database in
            guard let source = try database.fetchOne(Self.campaignColumns + " WHERE id = ?", [sourceID], Self.campaign) else {
                return nil
            }
            let tooRecent = try database.fetchOne("""
                SELECT count(*) FROM (
                    SELECT e.member_id FROM call_list_entries e JOIN call_log c ON c.entry_id = e.id
                    WHERE e.campaign_id = :source AND c.outcome = 'welcomed' AND e.member_id IS NOT NULL
                    GROUP BY e.member_id HAVING min(c.called_at) > :now - 604800 * :weeks)
                """, .named(["source": sourceID, "now": timestamp, "weeks": source.keepInTouchWeeks])) { $0[0] as Int } ?? 0
            return (source, tooRecent)
        }
    }
}
