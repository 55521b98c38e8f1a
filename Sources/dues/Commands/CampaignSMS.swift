import ArgumentParser
import Foundation
import Model
import Storage
import TextCells

extension CampaignCommand {
    struct SMS: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sms",
            abstract: Text.ofCommandLine(
                "Skriv ut SMS-malen til en kampanje, eller erstatt den fra en fil.",
                "Print a campaign's SMS template, or replace it from a file."),
            discussion: Text.ofCommandLine(
                "Samme flettefelt som manuset. Uten egen mal brukes standardteksten for kampanjetypen. Lengden måles med et typisk navn; over to SMS sies det fra.",
                "The same merge fields as the script. Without a template of its own the default text for the campaign's kind is used. The length is measured with a typical name; beyond two SMS it says so."))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var name: String
        @Option(help: ArgumentHelp("Erstatt malen med denne fila.", "Replace the template with this file.")) var set: String?

        func run() throws {
            let store = try options.open()
            let text = Text(options.language)
            let campaign = try store.campaign(named: name)
            if let set {
                try store.setSMSTemplate(campaign: campaign.name, to: try InputFile.text(at: set))
            }
            let stored = try store.smsTemplate(campaign: campaign.name)
            let template = try stored.map { try ScriptTemplate(validating: $0) }
                ?? SMSTemplate.defaultTemplate(for: campaign.kind, keepInTouch: campaign.isKeepInTouch, language: campaign.language)
            let settings = try store.settings()
            let party = settings[.party] ?? ""
            // The campaign's coming meeting when it has one, else a long one as a typical length.
            let meeting = campaign.meetingText(language: campaign.language, timeZone: settings.organisationTimeZone, now: store.now())
            let sample = template.render(MergeValues(
                memberFirstName: "Kristoffer", memberFullName: "Kristoffer Hætta-Sara", memberBranch: "Nordre Land",
                callerFirstName: "Marianne", year: campaign.year, party: party, membershipOfficeEmail: "",
                meeting: meeting.isEmpty && campaign.kind == .welcome
                    ? (campaign.language == .nb ? "onsdag 30. september kl. 19.00 på Folkets hus" : "Wednesday 30 September at 19:00 at Folkets hus")
                    : meeting))
            let length = SMSLength(sample)
            var lines: [String] = []
            if set != nil {
                lines.append(text("SMS-malen er lagret.", "The SMS template is saved."))
            } else {
                if stored == nil { lines.append(text("(standardteksten)", "(the default text)")) }
                lines.append(TerminalText.sanitize(template.text))
            }
            let unit = length.encoding == .gsm7 ? text("tegn", "characters") : text("UTF-16-enheter", "UTF-16 units")
            lines.append(text(
                "Lengde med et typisk navn: \(length.units) \(unit) (\(length.encoding.rawValue)), \(length.segments) SMS.",
                "Length with a typical name: \(length.units) \(unit) (\(length.encoding.rawValue)), \(length.segments) SMS."))
            if !length.fitsLimit {
                lines.append(text(
                    "Advarsel: lengre enn \(Model.SMSLength.segmentLimit) SMS; kort ned teksten.",
                    "Warning: longer than \(Model.SMSLength.segmentLimit) SMS; shorten the text."))
            }
            try StandardOutput.line(lines.joined(separator: "\n"))
        }
    }
}
