/// What a campaign is for.
public enum CampaignKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Calling members whose dues for the campaign's year are unpaid.
    case dues
    /// Welcoming members who joined recently.
    case welcome
}
