import CallScreen
import Foundation
import Model
import Storage
import TextCells

/// The session's own messages in the interface language: why there is nobody to call, and what failed.
struct SessionText {
    let language: Model.Language
    let timeZone: TimeZone

    private func pick(_ bokmal: String, _ english: String) -> String {
        language == .nb ? bokmal : english
    }

    /// The calm message shown instead of the call screen when nobody can be called now.
    func closed(_ result: ClaimResult, campaign: String) -> String {
        let name = TerminalText.sanitizeLine(campaign)
        switch result {
        case .claimed:
            return ""
        case .outsideHours(let opensAt):
            return pick(
                "Det er utenfor ringetiden for \(name) nå. Neste ringeøkt begynner \(moment(opensAt)). Velkommen tilbake da!",
                "It is outside calling hours for \(name) now. Calling opens again \(moment(opensAt)). Welcome back then!")
        case .nothingDue(let next?):
            return pick(
                "Ingen på \(name) skal ringes akkurat nå. Neste tilbakeringing eller nye forsøk er \(moment(next)).",
                "Nobody on \(name) is due a call right now. The next callback or retry falls due \(moment(next)).")
        case .nothingDue(nil):
            return pick(
                "Det er ingen flere å ringe på \(name) nå. Takk for innsatsen!",
                "There is nobody left to call on \(name) right now. Thank you for your help!")
        }
    }

    /// What to tell the volunteer when an effect failed; the detail is the error's own wording.
    func failure(_ error: Error, _ action: Action) -> String {
        let what: String
        switch action {
        case .claim: what = pick("Kunne ikke hente neste medlem", "Could not fetch the next member")
        case .log: what = pick("Utfallet ble ikke lagret", "The outcome was not saved")
        case .undo: what = pick("Kunne ikke angre", "Could not undo")
        case .release: what = pick("Kunne ikke gi fra deg medlemmet", "Could not let go of the member")
        case .progress: what = pick("Kunne ikke telle framdriften", "Could not count the progress")
        }
        let detail: String
        switch StoreError.translated(error) {
        case let error as StoreError:
            detail = error.message(language)
        default:
            detail = String(describing: error)
        }
        return "\(what): \(detail)"
    }

    /// What to tell the volunteer when the member on screen was taken from them before the outcome was saved:
    /// who has them now, and the note they typed, which is also kept in the note field.
    func claimLost(_ error: StoreError, note: String?) -> String {
        let lost = error.message(language)
        let note = note.map { $0.isEmpty ? "" : pick(" Notatet ditt: «\($0)».", " Your note: “\($0)”.") } ?? ""
        return pick(
            "Utfallet ble ikke lagret: \(lost).\(note) Notatet står fortsatt i notatfeltet (n); trykk s for å gå videre.",
            "The outcome was not saved: \(lost).\(note) The note is still in the note field (n); press s to move on.")
    }

    /// Why an effect failed.
    enum Action {
        case claim, log, undo, release, progress
    }

    /// A moment ahead, with the weekday: `fre. 28. nov. kl. 17:00` / `Fri 28 Nov 17:00`.
    func moment(_ date: Date) -> String {
        let strings = Strings.for(CallScreen.Language(language))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let p = calendar.dateComponents([.month, .day, .hour, .minute, .weekday], from: date)
        let weekday = strings.weekdays[((p.weekday ?? 1) - 1) % 7]
        let month = strings.months[((p.month ?? 1) - 1) % 12]
        let time = String(format: "%02d:%02d", p.hour ?? 0, p.minute ?? 0)
        return pick("\(weekday) \(p.day ?? 0). \(month) \(strings.at) \(time)", "\(weekday) \(p.day ?? 0) \(month) \(time)")
    }
}
