import Model

/// Why a call pack could not be written, worked or merged.
public enum PackError: Error, CustomStringConvertible, Equatable, BilingualError {
    /// There is no file at the path.
    case noFile(path: String)
    /// `pack export` will not replace an existing file.
    case fileExists(path: String)
    /// The file is a dues database or something else, not a call pack.
    case notAPack(path: String)
    /// The file cannot be read as a database, or SQLite's integrity check fails.
    case damaged(path: String, detail: String)
    /// The file was changed outside dues: its schema differs, or rows break the schema's rules.
    case tampered(path: String, detail: String)
    /// A call in the pack that its caller cannot have made on it: the pack was edited. `row` is its rowid in the
    /// pack's `call_log`.
    case forgedCall(path: String, row: Int64, fault: CallFault)
    /// The pack was made from another dues database.
    case otherDatabase(path: String)
    /// The database has no record of the pack (restored from a backup older than the pack?).
    case unknownPack(path: String)
    /// The caller has nothing to take out on a pack.
    case nothingToExport(campaign: String, caller: String)

    /// What is wrong with a call that a pack's caller cannot have made on it.
    public enum CallFault: Equatable, Sendable {
        case otherCaller
        case otherCampaign
        /// Its member did not go out on this pack, by the database's own record.
        case notOnPack
        /// Its entry went out on the pack, but with another member.
        case otherMember
        /// An outcome the campaign does not take (the code, as the pack has it).
        case outcome(String)
        /// Made before the pack was exported, or after now.
        case calledAt
        /// Logged before it was made, or after now.
        case loggedAt
        /// A callback before the export or further ahead than a call may ask for.
        case callbackAt
        /// An SMS sent before the pack was exported or after now (and not at the call's own time).
        case smsSentAt
    }

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        let text = { (nb: String, en: String) in language == .nb ? nb : en }
        switch self {
        case .noFile(let path):
            return text("ingen fil i \(path)", "no file at \(path)")
        case .fileExists(let path):
            return text(
                "\(path) finnes fra før; velg et annet navn med -o (en pakke skrives aldri over en fil)",
                "\(path) already exists; choose another name with -o (a pack is never written over a file)")
        case .notAPack(let path):
            return text(
                "\(path) er ikke en ringepakke (lag en med `dues pack export`)",
                "\(path) is not a call pack (make one with `dues pack export`)")
        case .damaged(let path, let detail):
            return text(
                "\(path) er skadet og ble ikke slått sammen (\(Self.inert(StoreError.bokmal(detail: detail)))); be ringeren om en ny kopi",
                "\(path) is damaged and was not merged (\(Self.inert(detail))); ask the caller for a fresh copy")
        case .tampered(let path, let detail):
            return text(
                "\(path) er endret utenfor dues og ble ikke slått sammen (\(Self.inert(StoreError.bokmal(detail: detail))))",
                "\(path) was changed outside dues and was not merged (\(Self.inert(detail)))")
        case .forgedCall(let path, let row, let fault):
            return text(
                "\(path) er endret utenfor dues og ble ikke slått sammen: rad \(row) i call_log \(fault.message(.nb))",
                "\(path) was changed outside dues and was not merged: row \(row) of call_log \(fault.message(.en))")
        case .otherDatabase(let path):
            return text(
                "\(path) ble laget fra en annen dues-database og ble ikke slått sammen",
                "\(path) was made from another dues database and was not merged")
        case .unknownPack(let path):
            return text(
                "\(path) finnes ikke i denne databasen (ble den gjenopprettet fra en eldre sikkerhetskopi?) og ble ikke slått sammen",
                "\(path) is not recorded in this database (was it restored from an older backup?) and was not merged")
        case .nothingToExport(let campaign, let caller):
            return text(
                "\(caller) har ingen åpne medlemmer på \(campaign) å ta med på en pakke (medlemmer som alt er ute på en pakke, tas ikke med to ganger)",
                "\(caller) has no open members on \(campaign) to take out on a pack (members already out on a pack are not exported twice)")
        }
    }

    /// Details quote names and values from the pack, which anyone may have written: only printable ASCII is kept
    /// (anything else becomes `?`), and at most 200 characters, so nothing in them can act on a terminal.
    static func inert(_ detail: String) -> String {
        let scalars = detail.unicodeScalars.prefix(200).map { (0x20...0x7E).contains($0.value) ? Character($0) : "?" }
        return String(scalars) + (detail.unicodeScalars.count > 200 ? "…" : "")
    }
}

extension PackError.CallFault {
    func message(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .otherCaller:
            return nb ? "er en samtale fra en annen ringer enn pakkens" : "is a call by another caller than the pack's"
        case .otherCampaign:
            return nb ? "er en samtale på en annen kampanje enn pakkens" : "is a call on another campaign than the pack's"
        case .notOnPack:
            return nb ? "gjelder et medlem som ikke var med på pakken" : "is for a member who was not on the pack"
        case .otherMember:
            return nb ? "gjelder et annet medlem enn det som var med på pakken" : "is for another member than the one on the pack"
        case .outcome(let code):
            let code = PackError.inert(code)
            return nb
                ? "har utfallet \(code), som kampanjen ikke tar"
                : "has the outcome \(code), which this campaign does not take"
        case .calledAt:
            return nb
                ? "har et samtaletidspunkt før pakken ble laget eller etter nå"
                : "has a call time before the pack was exported or after now"
        case .loggedAt:
            return nb
                ? "ble registrert før samtalen ble gjort eller etter nå"
                : "was logged before the call was made or after now"
        case .callbackAt:
            return nb
                ? "ber om en tilbakeringing før pakken ble laget eller mer enn et år fram i tid"
                : "asks for a callback before the pack was exported or more than a year ahead"
        case .smsSentAt:
            return nb
                ? "har en SMS sendt før pakken ble laget eller etter nå"
                : "has an SMS sent before the pack was exported or after now"
        }
    }
}
