import Model

/// Why a database could not be used. Storage reports every failure of the database engine as one of these
/// (see `StoreError+SQLite.swift`), so nothing outside Storage depends on SQLite's errors.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// There is no database file at the path.
    case noDatabase(path: String)
    /// The file is not a SQLite database, or is damaged.
    case unreadable(path: String, detail: String)
    /// The path names a folder.
    case isFolder(path: String)
    /// The file is empty: nothing to open (only `dues init` makes a database in it).
    case emptyFile(path: String)
    /// The database's schema is older than this binary's; `dues init` upgrades it.
    case needsUpgrade(path: String, pending: Int)
    /// The file is a call pack, which only `dues call --pack` and `dues pack import` take.
    case isPack(path: String)
    /// The file is another program's SQLite database, left as it was.
    case foreignDatabase(path: String)
    /// The file's tables, indexes, triggers or views differ from what dues' migrations make: changed outside dues.
    case schemaDiffers(path: String, difference: SchemaDifference)
    /// The SQLite library dues runs with is older than the schema needs.
    case sqliteTooOld(found: String, needed: String)
    /// A named record does not exist.
    case notFound(kind: String, name: String)
    /// A request that conflicts with what the database holds.
    case conflict(Wording)
    /// A value that the database would not hold.
    case invalid(Wording)
    /// Another connection holds the database longer than the busy timeout.
    case busy
    /// The disk is full, or the database reached its size limit.
    case full
    /// The operating system failed to read or write the file (a failing disk, a file size limit).
    case ioFailure(detail: String)
    /// The file is damaged, or not a database.
    case damaged(detail: String)
    /// The file or its folder cannot be written.
    case readOnly
    /// A change that breaks a rule of the schema.
    case constraint(String)
    /// A call session's claim on its member is gone: timed out and taken by `takenBy`, or released, reassigned,
    /// restored over or closed (nil). Nothing was saved.
    case claimLost(takenBy: String?)
    /// A call was entered on a member whose entry on the list is closed (`status` as stored).
    case entryClosed(member: String, status: String)
    /// The member of a call was purged from the register, so the call can no longer be undone.
    case memberPurged
    /// A call was entered on a member another caller has on screen right now.
    case heldByCaller(member: String, caller: String)
    /// Any other failure of the database engine: its extended result code and message.
    case engine(code: Int32, message: String)

    public var description: String {
        switch self {
        case .noDatabase(let path):
            "no database at \(path): run `dues init` (or `dues demo`) first, or pass --db"
        case .unreadable(let path, let detail):
            "\(path) is not a usable dues database (\(detail)); run `dues doctor --db \(path)` for details"
        case .isFolder(let path):
            "\(path) is a folder, not a database file: pass the database file with --db"
        case .emptyFile(let path):
            "\(path) is empty, not a dues database: `dues init --db \(path)` makes one there"
        case .needsUpgrade(let path, let pending):
            "\(path) needs \(pending) schema upgrade\(pending == 1 ? "" : "s"): run `dues init --db \(path)`"
        case .isPack(let path):
            "\(path) is a call pack: use `dues call --pack \(path)` to work it, or `dues pack import \(path)` to merge it"
        case .foreignDatabase(let path):
            "\(path) is another program's SQLite database, not a dues database; dues leaves it as it is: pass a dues database with --db, or a new file name to `dues init`"
        case .schemaDiffers(let path, let difference):
            "\(path) was changed outside dues (\(difference.message(.en))) and is not used: dues' schema is only ever changed by its migrations"
        case .sqliteTooOld(let found, let needed):
            "dues needs SQLite \(needed) or newer (STRICT tables, unixepoch), but runs with SQLite \(found): install a newer libsqlite3 and rebuild dues"
        case .notFound(let kind, let name):
            "no \(kind) named \(name)"
        case .conflict(let message), .invalid(let message):
            message.english
        default:
            message(.en)
        }
    }
}

extension StoreError: BilingualError {
    public func message(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .busy:
            return nb
                ? "databasen er opptatt med en annen dues: prøv igjen om litt"
                : "the database is busy with another dues: try again in a moment"
        case .full:
            return nb
                ? "disken er full eller databasen har nådd størrelsesgrensen sin; ingenting ble endret"
                : "the disk is full or the database has reached its size limit; nothing was changed"
        case .ioFailure(let detail):
            return nb
                ? "kunne ikke lese eller skrive databasefila (\(detail)): disken kan være full, over en grense for filstørrelse eller i ferd med å svikte; kjør `dues doctor`"
                : "could not read or write the database file (\(detail)): the disk may be full, past a file size limit, or failing; run `dues doctor`"
        case .damaged(let detail):
            return nb
                ? "databasefila er skadet eller ikke en dues-database (\(Self.bokmal(detail: detail))); kjør `dues doctor`"
                : "the database file is damaged or not a dues database (\(detail)); run `dues doctor`"
        case .readOnly:
            return nb
                ? "databasefila kan bare leses: dues trenger skrivetilgang til fila og mappa den ligger i"
                : "the database file is read-only: dues needs to write to the file and its folder"
        case .constraint(let detail):
            return nb
                ? "databasen avviste en endring som bryter reglene dens (\(detail)); ingenting ble endret"
                : "the database refused a change that breaks its rules (\(detail)); nothing was changed"
        case .engine(let code, let message):
            return nb ? "databasefeil \(code): \(message)" : "database error \(code): \(message)"
        case .claimLost(let name?):
            return nb
                ? "dette medlemmet ble tatt over av \(name) mens du hadde det på skjermen; ingenting ble lagret"
                : "this member was taken over by \(name) while you had them on screen; nothing was saved"
        case .claimLost(nil):
            return nb
                ? "du holder ikke lenger dette medlemmet (tiden gikk ut, eller det ble frigitt, flyttet til en annen ringer, gjenopprettet eller avsluttet); ingenting ble lagret"
                : "you no longer hold this member (the claim timed out, or it was released, reassigned, restored or closed); nothing was saved"
        case .memberPurged:
            return nb
                ? "medlemmet er slettet fra registeret siden samtalen ble registrert; den kan ikke angres"
                : "the member has been purged from the register since the call was logged; it cannot be undone"
        case .entryClosed(let member, let status):
            return nb
                ? "medlem \(member) er allerede avsluttet på ringelista (\(status)); samtalen ble ikke registrert"
                : "member \(member) is already closed on the call list (\(status)); the call was not logged"
        case .heldByCaller(let member, let caller):
            return nb
                ? "medlem \(member) er på skjermen til \(caller) akkurat nå; registrer samtalen når den økta er ferdig"
                : "member \(member) is on \(caller)'s call screen right now; log the call when that session is done"
        default:
            return nb ? bokmal ?? description : description
        }
    }

    /// The Bokmål of the cases whose English is `description`; nil for those whose message comes from the caller.
    private var bokmal: String? {
        switch self {
        case .noDatabase(let path):
            "ingen database i \(path): kjør `dues init` (eller `dues demo`) først, eller oppgi en med --db"
        case .unreadable(let path, let detail):
            "\(path) er ikke en brukbar dues-database (\(Self.bokmal(detail: detail))); kjør `dues doctor --db \(path)` for detaljer"
        case .isFolder(let path):
            "\(path) er en mappe, ikke en databasefil: oppgi databasefila med --db"
        case .emptyFile(let path):
            "\(path) er tom, ikke en dues-database: `dues init --db \(path)` lager en der"
        case .needsUpgrade(let path, let pending):
            "\(path) trenger \(pending) oppgradering\(pending == 1 ? "" : "er") av skjemaet: kjør `dues init --db \(path)`"
        case .isPack(let path):
            "\(path) er en ringepakke: ring fra den med `dues call --pack \(path)`, eller flett den inn med `dues pack import \(path)`"
        case .foreignDatabase(let path):
            "\(path) er et annet programs SQLite-database, ikke en dues-database; dues lar den være: oppgi en dues-database med --db, eller et nytt filnavn til `dues init`"
        case .schemaDiffers(let path, let difference):
            "\(path) er endret utenfor dues (\(difference.message(.nb))) og brukes ikke: dues endrer skjemaet sitt bare med egne migreringer"
        case .sqliteTooOld(let found, let needed):
            "dues trenger SQLite \(needed) eller nyere (STRICT-tabeller, unixepoch), men kjører med SQLite \(found): installer en nyere libsqlite3 og bygg dues på nytt"
        case .notFound(let kind, let name):
            "\(["branch": "lokallaget", "call": "samtalen", "caller": "ringeren", "campaign": "kampanjen", "key": "nøkkelen", "member": "medlemmet"][kind] ?? kind) \(name) finnes ikke"
        case .conflict(let message), .invalid(let message):
            message.bokmal
        default:
            nil
        }
    }
}

extension StoreError {
    /// SQLite's most common English details in Bokmål; any other detail as it is.
    static func bokmal(detail: String) -> String {
        [
            "file is not a database": "fila er ikke en database",
            "database disk image is malformed": "databasefila er skadet",
            "unable to open database file": "kan ikke åpne databasefila",
            "file is encrypted or is not a database": "fila er kryptert eller ikke en database",
        ][detail] ?? detail
    }
}
