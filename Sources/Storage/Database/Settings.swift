import Foundation
import Model
import SQLite

/// Organisation-wide settings, stored by their code.
public enum SettingKey: String, CaseIterable, Sendable {
    /// A random id fixed when the database was created; call packs carry it.
    case databaseID = "database_id"
    /// The organisation's name, which the scripts say (`{party}`).
    case party
    /// Where members write to resign (`{membership_office_email}`).
    case membershipOfficeEmail = "membership_office_email"
    /// How members pay, for scripts that read it out (`{payment_details}`).
    case paymentDetails = "payment_details"
    /// The time zone of new campaigns' calling hours and of the dates retention counts in.
    case timeZone = "time_zone"
    /// New campaigns' calling hours, `HH:MM-HH:MM`.
    case callingHours = "calling_hours"
    /// New campaigns' calling days, ISO weekday digits (`123456`).
    case callingDays = "calling_days"
    /// How long notes of closed campaigns are kept.
    case noteRetentionDays = "note_retention_days"
    /// How many days back a new welcome campaign looks for new members.
    case welcomeWindowDays = "welcome_window_days"
    /// How many days a member who said they will pay (or have paid) stays off new dues lists of the year.
    case willPayGraceDays = "will_pay_grace_days"
    /// Present in demo databases.
    case demo

    /// The will-pay grace period when none is set.
    public static let defaultWillPayGraceDays = 14
}

extension SettingKey {
    /// The name `dues settings` knows the setting by, for those a coordinator sets.
    public var commandName: String? {
        switch self {
        case .party: "organisation"
        case .membershipOfficeEmail: "office-email"
        case .paymentDetails: "payment-details"
        case .timeZone: "time-zone"
        case .callingHours: "calling-hours"
        case .callingDays: "calling-days"
        case .noteRetentionDays: "note-retention-days"
        case .welcomeWindowDays: "welcome-window-days"
        case .willPayGraceDays: "will-pay-grace-days"
        case .databaseID, .demo: nil
        }
    }

    /// The setting a script's merge field reads, if any.
    public init?(field: MergeField) {
        switch field {
        case .party: self = .party
        case .membershipOfficeEmail: self = .membershipOfficeEmail
        case .paymentDetails: self = .paymentDetails
        case .memberFirstName, .memberFullName, .memberBranch, .callerFirstName, .year, .meeting: return nil
        }
    }
}

/// A dues year's payment deadline, and how many members are unpaid for it.
public struct DuesYearDeadline: Sendable, Equatable {
    public let year: Int
    /// Unset when nobody has said it; retention cannot count from it then.
    public let paymentDeadline: CalendarDate?
    /// Members still in the register who are unpaid for the year.
    public let unpaid: Int
}

extension Store {
    /// The value of a setting, if set.
    public func setting(_ key: SettingKey) throws -> String? {
        try read { database in
            try database.fetchOne("SELECT value FROM settings WHERE key = ?", [key.rawValue]) { $0[0] }
        }
    }

    /// Every setting that is set, by key.
    public func settings() throws -> [SettingKey: String] {
        try read(Self.settings)
    }

    static func settings(in database: Database) throws -> [SettingKey: String] {
        let rows = try database.fetchAll("SELECT key, value FROM settings") { (key: $0[0] as String, value: $0[1] as String) }
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in SettingKey(rawValue: row.key).map { ($0, row.value) } })
    }

    /// Sets a setting, and notes in the audit log that it changed (not its value).
    public func setSetting(_ key: SettingKey, to value: String) throws {
        try write { database in
            let changed = try database.run("""
                INSERT INTO settings (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value <> excluded.value
                """, [key.rawValue, value])
            if changed > 0 { try audit(database, "setting_set", subject: key.rawValue) }
        }
    }

    /// Removes a setting; returns whether it was set.
    @discardableResult
    public func removeSetting(_ key: SettingKey) throws -> Bool {
        try write { database in
            let removed = try database.run("DELETE FROM settings WHERE key = ?", [key.rawValue]) > 0
            if removed { try audit(database, "setting_unset", subject: key.rawValue) }
            return removed
        }
    }

    /// The years that have dues or a payment deadline, newest first, with their deadline and unpaid count.
    public func duesYears() throws -> [DuesYearDeadline] {
        try read(Self.duesYears)
    }

    static func duesYears(in database: Database) throws -> [DuesYearDeadline] {
        try database.fetchAll("""
            WITH years(year) AS (SELECT DISTINCT year FROM dues UNION SELECT year FROM dues_years)
            SELECT y.year, d.payment_deadline,
                   (SELECT count(*) FROM dues u JOIN members m ON m.id = u.member_id
                    WHERE u.year = y.year AND u.status = 'unpaid' AND m.left_register_at IS NULL)
            FROM years y LEFT JOIN dues_years d ON d.year = y.year
            ORDER BY y.year DESC
            """) { row in
            DuesYearDeadline(year: row[0], paymentDeadline: (row[1] as String?).flatMap(CalendarDate.init(iso:)), unpaid: row[2])
        }
    }

    /// The settings and dues years of the database at `path`, read without changing the file, for `dues doctor`.
    public static func organisation(readingOnly path: String) throws -> (settings: [SettingKey: String], years: [DuesYearDeadline]) {
        let database = try Database(readingOnly: path)
        return (try settings(in: database), try duesYears(in: database))
    }

    /// Sets a dues year's payment deadline; retention (purge) counts six months from it.
    public func setPaymentDeadline(year: Int, to deadline: CalendarDate) throws {
        guard (1900...2999).contains(year) else { throw StoreError.invalid(Wording("kontingentåret må være mellom 1900 og 2999, ikke \(year)", "the dues year must be between 1900 and 2999, not \(year)")) }
        try write { database in
            try database.run("""
                INSERT INTO dues_years (year, payment_deadline) VALUES (?, ?)
                ON CONFLICT (year) DO UPDATE SET payment_deadline = excluded.payment_deadline
                """, [year, deadline.iso])
            try audit(database, "payment_deadline_set", subject: String(year))
        }
    }
}

extension Dictionary where Key == SettingKey, Value == String {
    /// The organisation's time zone: the time-zone setting, else Europe/Oslo.
    public var organisationTimeZone: TimeZone {
        self[.timeZone].flatMap(TimeZone.init(identifier:))
            ?? TimeZone(identifier: "Europe/Oslo") ?? TimeZone(secondsFromGMT: 3600)!
    }
}
