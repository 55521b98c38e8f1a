import Foundation
import Model
import SQLite

/// Where a campaign's list stands: counts by status, per caller and in the pool, and who is left out.
public struct CampaignOverview: Sendable, Equatable {
    public struct CallerShare: Sendable, Equatable {
        public let caller: String
        public let open: Int
        public let closed: Int
    }

    public let campaign: Campaign
    public let onList: Int
    public let byStatus: [EntryStatus: Int]
    public let callers: [CallerShare]
    /// Open entries assigned to nobody.
    public let pool: Int
    /// Open entries someone holds right now.
    public let held: Int
    public let exclusions: CampaignExclusions
}

extension Store {
    /// The overview of one campaign, from one snapshot.
    public func overview(campaign name: String) throws -> CampaignOverview {
        try read { database in
            let campaign = try campaign(named: name)
            var byStatus: [EntryStatus: Int] = [:]
            try database.forEach(
                "SELECT status, count(*) FROM call_list_entries WHERE campaign_id = ? GROUP BY status", [campaign.id]
            ) { row in
                if let status = EntryStatus(rawValue: row[0]) { byStatus[status] = row[1] }
            }
            let callers = try database.fetchAll("""
                SELECT k.name, count(*) FILTER (WHERE e.status = 'open'), count(*) FILTER (WHERE e.status <> 'open')
                FROM call_list_entries e JOIN callers k ON k.id = e.caller_id
                WHERE e.campaign_id = ? GROUP BY k.id ORDER BY k.name
                """, [campaign.id]) { CampaignOverview.CallerShare(caller: $0[0], open: $0[1], closed: $0[2]) }
            let (pool, held) = try database.fetchOne("""
                SELECT count(*) FILTER (WHERE caller_id IS NULL), count(*) FILTER (WHERE claimed_by IS NOT NULL)
                FROM call_list_entries WHERE campaign_id = ? AND status = 'open'
                """, [campaign.id]) { ($0[0] as Int, $0[1] as Int) }!
            return CampaignOverview(
                campaign: campaign, onList: byStatus.values.reduce(0, +), byStatus: byStatus, callers: callers,
                pool: pool, held: held, exclusions: try exclusions(campaign: campaign))
        }
    }
}
