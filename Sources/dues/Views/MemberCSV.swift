import Model
import Spreadsheet
import Storage

/// `members list --format csv`: `;`-separated, CRLF, a byte order mark, headers in the interface language (the
/// import recognises them), phone numbers in a form spreadsheets keep as text, formulas neutralised by the
/// Spreadsheet writer.
enum MemberCSV {
    private static let writer = CSVWriter()

    /// The byte order mark and the header row.
    static func header(_ text: Text) -> [UInt8] {
        let titles = [
            text("Medlemsnr", "Member number"), text("Fornavn", "First name"), text("Etternavn", "Last name"),
            text("Telefon", "Phone"), text("Telefontype", "Phone kind"), text("E-post", "Email"),
            text("Lokallag", "Branch"), text("Innmeldt", "Joined"),
        ]
        return [0xEF, 0xBB, 0xBF] + writer.line(titles.map { .text($0) })
    }

    static func line(_ member: Member, _ text: Text) -> [UInt8] {
        let record = member.record
        let cells: [String?] = [
            record.memberNumber, record.firstName, record.lastName, record.phone?.spreadsheetText,
            record.phone.map { kind($0.kind, text) }, record.email, record.branch, record.joinedOn?.iso,
        ]
        return writer.line(cells.map { $0.map(Cell.text) ?? .empty })
    }

    private static func kind(_ kind: PhoneKind, _ text: Text) -> String {
        switch kind {
        case .mobile: text("mobil", "mobile")
        case .landline: text("fasttelefon", "landline")
        case .foreign: text("utenlandsk", "foreign")
        case .invalid: text("ugyldig", "invalid")
        }
    }
}
