import Model
import SQLite

/// Members on a campaign's list for whom its script would leave a gap: a member field it uses without a fallback
/// whose value they lack.
public struct ScriptGap: Sendable, Equatable {
    public let field: MergeField
    /// The members' numbers, in order.
    public let memberNumbers: [String]
}

extension Store {
    /// The gaps the campaign's script would leave for members open on its list.
    public func scriptGaps(campaign: Campaign) throws -> [ScriptGap] {
        guard let script = try? ScriptTemplate(validating: campaign.script) else { return [] }
        let conditions: [(MergeField, String)] = [
            (.memberFirstName, "m.first_name = ''"),
            (.memberFullName, "m.first_name = '' AND m.last_name = ''"),
            (.memberBranch, "m.branch_id IS NULL"),
        ]
        return try read { database in
            try conditions.filter { script.fieldsWithoutFallback.contains($0.0) }.compactMap { field, condition in
                let numbers = try database.fetchAll("""
                    SELECT m.member_number FROM call_list_entries e JOIN members m ON m.id = e.member_id
                    WHERE e.campaign_id = ? AND e.status = 'open' AND \(condition)
                    ORDER BY m.member_number
                    """, [campaign.id]) { $0[0] as String }
                return numbers.isEmpty ? nil : ScriptGap(field: field, memberNumbers: numbers)
            }
        }
    }
}
