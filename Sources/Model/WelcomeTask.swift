/// A welcome step the board follows up after the welcome call: the checklist items the caller did not tick, and,
/// once the meeting has been held, whether the new member came. Codes are stored and typed in English.
public enum WelcomeTask: String, Sendable, Hashable, CaseIterable, Codable {
    case mailList = "mail_list"
    case socialGroup = "social_group"
    case invitedMeeting = "invited_meeting"
    case sentSMS = "sent_sms"
    case cameToMeeting = "came_to_meeting"

    /// The checklist item that, ticked on the welcome call, leaves nothing to do; nil for the meeting question.
    public var checklistItem: WelcomeChecklistItem? {
        switch self {
        case .mailList: .mailList
        case .socialGroup: .socialGroup
        case .invitedMeeting: .invitedMeeting
        case .sentSMS: .sentSMS
        case .cameToMeeting: nil
        }
    }

    /// What the board is to do, in `language`.
    public func label(_ language: Language) -> String {
        let nb = language == .nb
        return switch self {
        case .mailList: nb ? "Legg til på e-postlista" : "Add to the mail list"
        case .socialGroup: nb ? "Legg til i den sosiale gruppa" : "Add to the social group"
        case .invitedMeeting: nb ? "Inviter til møtet" : "Invite to the meeting"
        case .sentSMS: nb ? "Send en personlig SMS" : "Send a personal SMS"
        case .cameToMeeting: nb ? "Kom de på møtet?" : "Did they come to the meeting?"
        }
    }
}
