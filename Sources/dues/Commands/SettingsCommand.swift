import ArgumentParser
import Foundation
import Model
import Storage
import TextCells

struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: Text.ofCommandLine(
            "Vis eller endre organisasjonens innstillinger: navn, medlemskontor, betalingsfrister, standardverdier.",
            "Show or change the organisation's settings: name, membership office, payment deadlines, defaults."),
        discussion: Text.ofCommandLine(
            """
            Nøkler: organisation, office-email, payment-details, time-zone, calling-hours, calling-days, \
            note-retention-days, welcome-window-days, og payment-deadline ÅR DATO for hvert kontingentår.
            """,
            """
            Keys: organisation, office-email, payment-details, time-zone, calling-hours, calling-days, \
            note-retention-days, welcome-window-days, and payment-deadline YEAR DATE for each dues year.
            """),
        subcommands: [List.self, SetValue.self, Unset.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: Text.ofCommandLine(
                "Vis alle innstillingene, betalingsfristen for hvert kontingentår, og hva som mangler.",
                "Show every setting, each dues year's payment deadline, and what is missing."))
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            let store = try options.open()
            let text = Text(options.language)
            let values = try store.settings()
            var table = TextTable(columns: [
                .init(text("Innstilling", "Setting")), .init(text("Verdi", "Value"), shrinkPriority: 1),
                .init(text("Brukes til", "Used for"), shrinkPriority: 2),
            ])
            for setting in OrganisationSetting.allCases {
                let value = values[setting.key].map(TerminalText.sanitizeLine) ?? text("(ikke satt)", "(not set)")
                table.append([setting.name, value, setting.meaning(text)])
            }
            var lines = [table.render()]
            let years = try store.duesYears()
            if !years.isEmpty {
                var deadlines = TextTable(columns: [
                    .init(text("Kontingentår", "Dues year")), .init(text("Betalingsfrist", "Payment deadline")),
                    .init(text("Ubetalt", "Unpaid"), alignment: .right),
                ])
                for year in years {
                    deadlines.append([
                        String(year.year), year.paymentDeadline?.norwegian ?? text("(ikke satt)", "(not set)"), String(year.unpaid),
                    ])
                }
                lines += ["", deadlines.render()]
            }
            let warnings = try SettingsWarnings.lines(store, text: text)
            if !warnings.isEmpty { lines += [""] + warnings }
            print(lines.joined(separator: "\n"))
        }
    }

    struct SetValue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: Text.ofCommandLine("Endre en innstilling.", "Change a setting."),
            discussion: Text.ofCommandLine(
                """
                Eksempler: dues settings set organisation "Arbeiderpartiet i Troms" ; \
                dues settings set office-email medlem@example.no ; \
                dues settings set payment-deadline 2018 31.03.2018
                """,
                """
                Examples: dues settings set organisation "Arbeiderpartiet i Troms" ; \
                dues settings set office-email medlem@example.no ; \
                dues settings set payment-deadline 2018 31.03.2018
                """))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp(
            "Innstillingen (se `dues settings`), eller payment-deadline.",
            "The setting (see `dues settings`), or payment-deadline.")) var key: String
        @Argument(help: ArgumentHelp(
            "Verdien; for payment-deadline kontingentåret og datoen.",
            "The value; for payment-deadline the dues year and the date.")) var values: [String]

        func run() throws {
            let text = Text(options.language)
            if key.lowercased() == "payment-deadline" {
                guard values.count == 2, let year = Int(values[0]), (1900...2999).contains(year) else {
                    throw CLIError(description: text(
                        "payment-deadline tar et kontingentår og en dato, som: dues settings set payment-deadline 2018 31.03.2018",
                        "payment-deadline takes a dues year and a date, like: dues settings set payment-deadline 2018 31.03.2018"))
                }
                let deadline: CalendarDate
                do {
                    deadline = try CalendarDate.parse(values[1])
                } catch {
                    throw CLIError(description: text(
                        "«\(TerminalText.sanitizeLine(values[1]))» er ikke en dato; skriv den som 31.03.\(year)",
                        "'\(TerminalText.sanitizeLine(values[1]))' is not a date; write it as 31.03.\(year)"))
                }
                guard (year - 1...year + 1).contains(deadline.year) else {
                    throw CLIError(description: text(
                        "betalingsfristen for \(year) kan ikke være \(deadline.norwegian)",
                        "the payment deadline of \(year) cannot be \(deadline.norwegian)"))
                }
                try options.open().setPaymentDeadline(year: year, to: deadline)
                print(text("Betalingsfristen for \(year) er \(deadline.norwegian).", "The payment deadline of \(year) is \(deadline.norwegian)."))
                return
            }
            let setting = try SettingsCommand.setting(named: key, text: text)
            guard !values.isEmpty else {
                throw CLIError(description: text("\(setting.name) trenger en verdi", "\(setting.name) needs a value"))
            }
            let value = try setting.normalized(values.joined(separator: " "), text: text)
            try options.open().setSetting(setting.key, to: value)
            print(text("\(setting.name) er satt til «\(TerminalText.sanitizeLine(value))».", "\(setting.name) is set to '\(TerminalText.sanitizeLine(value))'."))
        }
    }

    struct Unset: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unset", abstract: Text.ofCommandLine(
            "Fjern en innstilling.",
            "Remove a setting."))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Innstillingen.", "The setting.")) var key: String

        func run() throws {
            let text = Text(options.language)
            let setting = try SettingsCommand.setting(named: key, text: text)
            let removed = try options.open().removeSetting(setting.key)
            print(removed
                ? text("\(setting.name) er fjernet.", "\(setting.name) is removed.")
                : text("\(setting.name) var ikke satt.", "\(setting.name) was not set."))
        }
    }

    /// The setting a typed key names, or an error listing the keys there are.
    static func setting(named name: String, text: Text) throws -> OrganisationSetting {
        guard let setting = OrganisationSetting(name: name) else {
            let keys = (OrganisationSetting.allCases.map(\.name) + ["payment-deadline"]).joined(separator: ", ")
            throw CLIError(description: text(
                "ukjent innstilling «\(TerminalText.sanitizeLine(name))»; de som finnes er \(keys)",
                "unknown setting '\(TerminalText.sanitizeLine(name))'; the settings are \(keys)"))
        }
        return setting
    }
}

/// What a branch has left unset that volunteers or the retention rules need; `status`, `settings` and `doctor`
/// show it.
enum SettingsWarnings {
    static func lines(_ store: Store, text: Text) throws -> [String] {
        lines(settings: try store.settings(), years: try store.duesYears(), text: text)
    }

    static func lines(settings values: [SettingKey: String], years: [DuesYearDeadline], text: Text) -> [String] {
        var lines = OrganisationSetting.essential.filter { values[$0.key] == nil }.map { setting in
            text(
                "Ikke satt: \(setting.name), \(setting.meaning(text)). Kjør `dues settings set \(setting.name) …`.",
                "Not set: \(setting.name), \(setting.meaning(text)). Run `dues settings set \(setting.name) …`.")
        }
        for year in years where year.paymentDeadline == nil && year.unpaid > 0 {
            lines.append(text(
                "\(year.year) har \(year.unpaid) ubetalte og ingen betalingsfrist, så ingen kan slettes etter fristen. Kjør `dues settings set payment-deadline \(year.year) DD.MM.\(year.year)`.",
                "\(year.year) has \(year.unpaid) unpaid members and no payment deadline, so none can be purged after it. Run `dues settings set payment-deadline \(year.year) DD.MM.\(year.year)`."))
        }
        return lines
    }
}
