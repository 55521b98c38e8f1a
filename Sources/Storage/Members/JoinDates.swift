import Model
import SQLite

extension Store {
    /// The day the newest member still in the register joined, if any member has a join date: what a welcome
    /// campaign with no one on it can point to.
    public func newestJoinDate() throws -> CalendarDate? {
        try database.fetchOne("SELECT max(joined_on) FROM members WHERE left_register_at IS NULL") { row in
            (row[0] as String?).flatMap(CalendarDate.init(iso:))
        } ?? nil
    }
}
