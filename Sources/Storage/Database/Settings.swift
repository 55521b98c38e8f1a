import SQLite

/// Organisation-wide settings.
public enum SettingKey: String, CaseIterable, Sendable {
    /// A random id fixed when the database was created; call packs carry it.
    case databaseID = "database_id"
    /// The party's name, for scripts.
    case party
    /// Where members write to resign.
    case membershipOfficeEmail = "membership_office_email"
    /// How long notes of closed campaigns are kept.
    case noteRetentionDays = "note_retention_days"
    /// Present in demo databases.
    case demo
}

extension Store {
    /// The value of a setting, if set.
    public func setting(_ key: SettingKey) throws -> String? {
        try database.fetchOne("SELECT value FROM settings WHERE key = ?", [key.rawValue]) { $0[0] }
    }

    /// Sets a setting.
    public func setSetting(_ key: SettingKey, to value: String) throws {
        try write { database in
            try database.run(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key.rawValue, value])
        }
    }
}
