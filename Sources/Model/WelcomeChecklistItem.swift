/// What the caller did on a welcome call; ticked after `welcomed`.
public enum WelcomeChecklistItem: String, Sendable, Hashable, CaseIterable, Codable {
    case toldActivity = "told_activity"
    case mailList = "mail_list"
    case socialGroup = "social_group"
    case invitedMeeting = "invited_meeting"
    case sentSMS = "sent_sms"

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.toldActivity, .nb): return "Fortalt om det som skjer framover"
        case (.toldActivity, .en): return "Told about coming activities"
        case (.mailList, .nb): return "Lagt til på e-postlista"
        case (.mailList, .en): return "Added to the mail list"
        case (.socialGroup, .nb): return "Lagt til i den sosiale gruppa"
        case (.socialGroup, .en): return "Added to the social group"
        case (.invitedMeeting, .nb): return "Invitert til neste møte"
        case (.invitedMeeting, .en): return "Invited to the next meeting"
        case (.sentSMS, .nb): return "Sendt personlig SMS"
        case (.sentSMS, .en): return "Sent a personal SMS"
        }
    }
}
