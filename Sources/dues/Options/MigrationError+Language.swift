import Model
import SQLite

extension MigrationError {
    /// The refusal in `language` (the SQLite layer knows no languages; its `description` is the English).
    func message(_ language: Language) -> String {
        guard language == .nb else { return description }
        switch self {
        case .duplicateVersion(let version):
            return "to migreringer har nummer \(version)"
        case .edited(let fileName):
            return "migreringen \(fileName) er endret etter at den ble brukt på denne databasen; hent tilbake den opprinnelige fila eller bruk dues-versjonen som laget databasen"
        case .newerDatabase(let databaseVersion, let knownVersion):
            return "databasen har skjemaversjon \(databaseVersion), men denne dues kjenner bare til og med \(knownVersion): bruk en nyere dues"
        case .foreignKeyViolation(let fileName, let table):
            return "migreringen \(fileName) etterlot rader i \(table) som bryter en fremmednøkkel; ingenting ble tatt i bruk"
        }
    }
}
