import Foundation
import Model
import Storage
import TextCells

/// Refuses a call session whose script or SMS invites new members to the meeting (`{meeting}`) while the campaign
/// has no meeting to come: a volunteer must never invite someone to a blank, or to a meeting that is over.
public struct MissingMeeting: Error, CustomStringConvertible, Equatable {
    public let campaign: String
    /// Whether the campaign had a meeting that has begun, rather than none.
    public let passed: Bool
    public let language: Model.Language

    public init(campaign: String, passed: Bool, language: Model.Language) {
        self.campaign = campaign
        self.passed = passed
        self.language = language
    }

    public var description: String {
        let name = TerminalText.sanitizeLine(campaign)
        let quoted = name.contains(where: { $0 == " " || $0 == "\"" }) ? "\"\(name.replacingOccurrences(of: "\"", with: "\\\""))\"" : name
        if language == .nb {
            let command = "`dues campaign edit \(quoted) --meeting \"ÅÅÅÅ-MM-DD TT:MM\" --meeting-place \"…\"`"
            return (passed ? "Møtet til kampanjen \(name) har vært" : "Kampanjen \(name) har ikke noe møte")
                + ", men manuset eller SMS-en inviterer til det ({meeting}). En koordinator setter neste møte med \(command)."
        }
        let command = "`dues campaign edit \(quoted) --meeting \"YYYY-MM-DD HH:MM\" --meeting-place \"…\"`"
        return (passed ? "The meeting of campaign \(name) is over" : "Campaign \(name) has no meeting")
            + ", but the script or the SMS invites to it ({meeting}). A coordinator sets the next meeting with \(command)."
    }

    /// Throws when `campaign`'s script or SMS needs a meeting to come that it lacks at `now`.
    public static func check(campaign: Campaign, smsTemplate: String?, language: Model.Language, now: Date) throws {
        guard campaign.lacksMeeting(smsTemplate: smsTemplate, language: language, now: now) else { return }
        throw MissingMeeting(campaign: campaign.name, passed: campaign.meetingAt != nil, language: language)
    }
}
