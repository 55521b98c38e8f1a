import Foundation
import Model
import Storage
import TextCells

/// A setting as `dues settings` names it, with what it means and how a typed value is checked and stored.
enum OrganisationSetting: CaseIterable {
    case organisation, officeEmail, paymentDetails, timeZone, callingHours, callingDays, noteRetentionDays, welcomeWindowDays
    case willPayGraceDays

    /// The key the value is stored under.
    var key: SettingKey {
        switch self {
        case .organisation: .party
        case .officeEmail: .membershipOfficeEmail
        case .paymentDetails: .paymentDetails
        case .timeZone: .timeZone
        case .callingHours: .callingHours
        case .callingDays: .callingDays
        case .noteRetentionDays: .noteRetentionDays
        case .welcomeWindowDays: .welcomeWindowDays
        case .willPayGraceDays: .willPayGraceDays
        }
    }

    /// The name `dues settings` shows and takes.
    var name: String { key.commandName ?? key.rawValue }

    /// The setting a typed name means: its own name, or the stored key's (`membership_office_email`).
    init?(name: String) {
        let name = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let setting = Self.allCases.first(where: { $0.name == name || $0.key.rawValue == name }) else { return nil }
        self = setting
    }

    /// The settings a real branch must set before volunteers call: the scripts read them to members.
    static let essential: [OrganisationSetting] = [.organisation, .officeEmail]

    /// What the value is used for.
    func meaning(_ text: Text) -> String {
        switch self {
        case .organisation: text("organisasjonens navn, som manuset sier ({party})", "the organisation's name, said in the scripts ({party})")
        case .officeEmail: text("medlemskontorets e-post, dit medlemmer skriver for å melde seg ut ({membership_office_email})", "the membership office's email, where members write to resign ({membership_office_email})")
        case .paymentDetails: text("hvordan man betaler, for manus som leser det opp ({payment_details})", "how to pay, for scripts that read it out ({payment_details})")
        case .timeZone: text("tidssonen for ringetider og datoer (Europe/Oslo)", "the time zone of calling hours and dates (Europe/Oslo)")
        case .callingHours: text("nye kampanjers ringetider (10:00-20:00)", "new campaigns' calling hours (10:00-20:00)")
        case .callingDays: text("nye kampanjers ringedager, 1 = mandag (123456)", "new campaigns' calling days, 1 = Monday (123456)")
        case .noteRetentionDays: text("dager notater fra avsluttede kampanjer beholdes (365)", "days notes of closed campaigns are kept (365)")
        case .welcomeWindowDays: text("dager tilbake en ny velkomstkampanje ser etter nye medlemmer (60)", "days back a new welcome campaign looks for new members (60)")
        case .willPayGraceDays: text("dager et medlem som sa «betaler» holdes utenfor nye kontingentlister (14)", "days a member who said they will pay stays off new dues lists (14)")
        }
    }

    /// The value as stored, or an error naming the setting and what it takes.
    func normalized(_ value: String, text: Text) throws -> String {
        let value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        func refuse(_ bokmal: String, _ english: String) -> CLIError {
            CLIError(description: text(
                "\(name) kan ikke være «\(TerminalText.sanitizeLine(String(value.prefix(80))))»: \(bokmal)",
                "\(name) cannot be '\(TerminalText.sanitizeLine(String(value.prefix(80))))': \(english)"))
        }
        switch self {
        case .organisation:
            let name = TerminalText.sanitizeLine(value)
            guard !name.isEmpty, name.count <= 200 else { throw refuse("skriv et navn på høyst 200 tegn", "give a name of at most 200 characters") }
            return name
        case .officeEmail:
            guard let address = Email.normalize(value) else { throw refuse("skriv en e-postadresse", "give an email address") }
            return address
        case .paymentDetails:
            let details = TerminalText.sanitize(value)
            guard !details.isEmpty, details.count <= 2000 else { throw refuse("skriv en tekst på høyst 2000 tegn", "give a text of at most 2000 characters") }
            return details
        case .timeZone:
            guard let zone = TimeZone(identifier: value) else { throw refuse("skriv en tidssone som Europe/Oslo", "give a time zone such as Europe/Oslo") }
            return zone.identifier
        case .callingHours:
            do {
                let rules = try CallingRulesOption.rules(hours: value, days: "1234567", maxAttempts: 3)
                return Self.clock(rules.startMinute) + "-" + Self.clock(rules.endMinute)
            } catch {
                throw refuse("skriv et tidsrom som 10:00-20:00", "give a range such as 10:00-20:00")
            }
        case .callingDays:
            let digits = Set(value.compactMap(\.wholeNumberValue))
            guard !value.isEmpty, value.allSatisfy(\.isNumber), !digits.isEmpty, digits.isSubset(of: 1...7) else {
                throw refuse("skriv ukedagene som tall 1-7 (1 er mandag), som 123456", "give the weekdays as numbers 1-7 (1 is Monday), such as 123456")
            }
            return digits.sorted().map(String.init).joined()
        case .noteRetentionDays:
            guard let days = Int(value), (0...3650).contains(days) else { throw refuse("skriv et antall dager fra 0 til 3650", "give a number of days from 0 to 3650") }
            return String(days)
        case .welcomeWindowDays, .willPayGraceDays:
            guard let days = Int(value), (1...365).contains(days) else { throw refuse("skriv et antall dager fra 1 til 365", "give a number of days from 1 to 365") }
            return String(days)
        }
    }

    private static func clock(_ minute: Int) -> String {
        String(format: "%02d:%02d", minute / 60, minute % 60)
    }
}
