import Spreadsheet
import Storage

/// `members list --format csv`: `;`-separated, CRLF, formulas neutralised by the Spreadsheet writer.
enum MemberCSV {
    private static let writer = CSVWriter()

    static let header = writer.line(
        ["member_number", "first_name", "last_name", "phone", "phone_kind", "email", "branch", "joined_on"].map { .text($0) })

    static func line(_ member: Member) -> [UInt8] {
        let record = member.record
        let cells: [String?] = [
            record.memberNumber, record.firstName, record.lastName, record.phone?.e164 ?? record.phone?.raw,
            record.phone?.kind.rawValue, record.email, record.branch, record.joinedOn?.iso,
        ]
        return writer.line(cells.map { $0.map(Cell.text) ?? .empty })
    }
}
