import Foundation
import Model
import SQLite

extension Store {
    /// The open campaigns in which `caller` has something to call: open entries assigned to them or in the pool.
    public func openCampaigns(for caller: Caller) throws -> [Campaign] {
        let open = try campaigns().filter(\.isOpen)
        return try read { database in
            try open.filter { campaign in
                try database.fetchOne("""
                    SELECT 1 FROM call_list_entries
                    WHERE campaign_id = ? AND status = 'open' AND (caller_id = ? OR caller_id IS NULL) LIMIT 1
                    """, [campaign.id, caller.id]) { _ in true } ?? false
            }
        }
    }
}
