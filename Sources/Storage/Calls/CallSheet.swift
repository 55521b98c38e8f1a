import Foundation
import Model
import SQLite

/// One line of a caller's printed call sheet.
public struct SheetLine: Sendable, Equatable {
    public let member: Member
    /// Earlier calls on any campaign, newest first.
    public let attempts: [CallAttempt]
}

extension Store {
    /// A caller's open entries on a campaign, in calling order, with each member's earlier calls, and the database's
    /// id for the sheet's reference.
    public func sheet(campaign name: String, caller callerName: String) throws
        -> (campaign: Campaign, caller: Caller, lines: [SheetLine], databaseID: String) {
        try write { database in
            let campaign = try campaign(named: name)
            let caller = try caller(named: callerName)
            let members = try database.fetchAll(Self.memberColumns + """
                 JOIN call_list_entries e ON e.member_id = m.id
                WHERE e.campaign_id = ? AND e.caller_id = ? AND e.status = 'open'
                ORDER BY b.name, m.phone_e164, m.last_name, m.first_name
                """, [campaign.id, caller.id], Self.member)
            let lines = try members.map { SheetLine(member: $0, attempts: try callHistory(memberID: $0.id, limit: 5)) }
            try audit(database, "export_sheet", subject: name, counts: ["members": lines.count])
            return (campaign, caller, lines, try setting(.databaseID) ?? "")
        }
    }
}
