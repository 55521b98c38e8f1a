import Foundation
import Model
import SQLite

/// One check made by `dues doctor`.
public struct HealthCheck: Sendable, Equatable {
    /// What was checked, by its code (a pragma, or `permissions FILE`).
    public let name: String
    public let ok: Bool
    public let detail: Wording

    init(name: String, ok: Bool, detail: Wording) {
        self.name = name
        self.ok = ok
        self.detail = detail
    }

    /// A check whose detail reads the same in both languages (a value, a code).
    init(name: String, ok: Bool, detail: String) {
        self.init(name: name, ok: ok, detail: Wording(detail, detail))
    }

    /// A check that failed with `error`, in the language each reader picks.
    init(name: String, failedWith error: Error) {
        let error = StoreError.translated(error)
        self.init(name: name, ok: false, detail: Wording(
            (error as? BilingualError)?.message(.nb) ?? "\(error)", (error as? BilingualError)?.message(.en) ?? "\(error)"))
    }
}

extension Store {
    /// Checks a database file without changing it: it is opened read-only, so not even its journal mode is touched.
    /// Every check looks at the file and can fail: permissions, opening, `quick_check` and `integrity_check`, foreign
    /// keys, WAL mode, dues' application id, pending migrations, the schema's objects against the migrations', and
    /// that it is a database rather than a call pack. The settings each connection makes for itself (foreign keys,
    /// `synchronous`, busy timeout) are not the file's: every open checks them.
    public static func diagnose(path: String) -> [HealthCheck] {
        do {
            try refuseNonFile(path, create: false)
        } catch {
            return [HealthCheck(name: "file", failedWith: error)]
        }
        var checks = permissionChecks(path: path)
        let database: Database
        do {
            try requireSQLite()
            database = try Database(readingOnly: path)
            if try owner(of: database, fresh: false) == .other { throw StoreError.foreignDatabase(path: path) }
            checks.append(HealthCheck(name: "open", ok: true, detail: Wording("åpnet bare for lesing", "opened read-only")))
        } catch {
            checks.append(HealthCheck(name: "open", failedWith: error))
            return checks
        }
        checks.append(pragmaCheck(database, "quick_check") { $0 == ["ok"] })
        checks.append(pragmaCheck(database, "integrity_check") { $0 == ["ok"] })
        checks.append(pragmaCheck(
            database, "foreign_key_check", expected: Wording("ingen referanser til poster som mangler", "no dangling references")
        ) { $0.isEmpty })
        checks.append(pragmaCheck(database, "journal_mode", expected: Wording("wal", "wal")) { $0 == ["wal"] })
        checks.append(pragmaCheck(database, "application_id", expected: Wording("\(applicationID) (dues)", "\(applicationID) (dues)")) {
            $0 == [String(applicationID)]
        })
        checks.append(schemaCheck(database))
        checks.append(schemaObjectsCheck(database))
        let isPack = (try? isPack(database, path: path)) ?? false
        checks.append(HealthCheck(
            name: "kind", ok: !isPack,
            detail: isPack ? Wording(StoreError.isPack(path: path).message(.nb), StoreError.isPack(path: path).message(.en))
                : Wording("en dues-database", "a dues database")))
        return checks
    }

    private static func permissionChecks(path: String) -> [HealthCheck] {
        dataFiles(of: path).compactMap { file in
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
                  let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue else { return nil }
            let name = "permissions " + URL(fileURLWithPath: file).lastPathComponent
            let octal = String(mode & 0o777, radix: 8)
            return mode & 0o077 == 0
                ? HealthCheck(name: name, ok: true, detail: Wording("modus \(octal)", "mode \(octal)"))
                : HealthCheck(name: name, ok: false, detail: Wording(
                    "modus \(octal): andre kan lese medlemsdata; kjør `dues doctor --fix-permissions`",
                    "mode \(octal): others can read member data; run `dues doctor --fix-permissions`"))
        }
    }

    private static func pragmaCheck(
        _ database: Database, _ pragma: String, expected: Wording? = nil, _ isHealthy: ([String]) -> Bool
    ) -> HealthCheck {
        do {
            let rows = try database.fetchAll("PRAGMA \(pragma)") { row in
                (0..<row.count).map { (row[$0] as SQLValue?).map(Self.text) ?? "NULL" }.joined(separator: " ")
            }
            let shown = rows.prefix(5).joined(separator: "; ") + (rows.count > 5 ? "; … (\(rows.count) rows)" : "")
            let healthy = isHealthy(rows)
            let wanted = expected ?? Wording("ok", "ok")
            return HealthCheck(
                name: pragma, ok: healthy,
                detail: healthy ? (expected ?? Wording(shown, shown)) : Wording(
                    "ventet \(wanted.bokmal), fikk \(shown.isEmpty ? "ingenting" : shown)",
                    "expected \(wanted.english), got \(shown.isEmpty ? "nothing" : shown)"))
        } catch {
            return HealthCheck(name: pragma, failedWith: error)
        }
    }

    private static func text(_ value: SQLValue) -> String {
        switch value {
        case .null: "NULL"
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .text(let text): text
        case .blob(let bytes): "<\(bytes.count) bytes>"
        }
    }

    private static func schemaCheck(_ database: Database) -> HealthCheck {
        do {
            let migrator = try Schema.migrator()
            let pending = try migrator.pending(in: database)
            return pending.isEmpty
                ? HealthCheck(name: "schema", ok: true, detail: Wording(
                    "oppdatert (versjon \(migrator.latestVersion))", "up to date (version \(migrator.latestVersion))"))
                : HealthCheck(name: "schema", ok: false, detail: Wording(
                    "\(pending.count) migrering(er) venter: kjør `dues init`", "\(pending.count) migration(s) pending: run `dues init`"))
        } catch {
            return HealthCheck(name: "schema", failedWith: error)
        }
    }

    /// The tables, indexes, triggers and views against what the applied migrations make, as `restore` checks them.
    private static func schemaObjectsCheck(_ database: Database) -> HealthCheck {
        do {
            guard let difference = try SchemaCheck.differenceFromApplied(database) else {
                return HealthCheck(name: "schema objects", ok: true, detail: Wording(
                    "slik migreringene laget dem", "as the migrations made them"))
            }
            return HealthCheck(name: "schema objects", ok: false, detail: Wording(
                "\(difference) utenfor dues' migreringer: gjenopprett en sikkerhetskopi, eller be om hjelp før du bruker den",
                "\(difference) outside dues' migrations: restore a backup, or ask for help before using it"))
        } catch {
            return HealthCheck(name: "schema objects", failedWith: error)
        }
    }
}
