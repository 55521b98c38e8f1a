import Foundation
import Model

/// Interface wording and number formats of the reports, in Bokmål or English.
struct Words {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    func callAsFunction(_ bokmal: String, _ english: String) -> String {
        language == .nb ? bokmal : english
    }

    /// `part` of `whole` as a percentage with one decimal (`12,5 %` in Bokmål, `12.5%` in English); `–` when
    /// `whole` is zero.
    func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let value = (Double(part) * 1000 / Double(whole)).rounded() / 10
        let text = String(format: "%.1f", value)
        return language == .nb ? text.replacingOccurrences(of: ".", with: ",") + " %" : text + "%"
    }

    /// A number with one decimal.
    func decimal(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return language == .nb ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A calendar day as people write it.
    func day(_ date: CalendarDate) -> String {
        language == .nb ? date.norwegian : date.iso
    }

    /// The name shown for a branch row with no branch (members without one, or purged since).
    var noBranch: String { self("(uten lokallag / slettet)", "(no branch / deleted)") }

    /// Said of a welcome campaign that is the second, keep-in-touch call.
    var keepInTouchCall: String { self("holde-kontakt-samtale", "keep-in-touch call") }
}
