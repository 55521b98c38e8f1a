import Storage
import TextCells

/// The terminal rendering of `members list`.
struct MemberListView {
    let members: [Member]
    let text: Text

    func render() -> String {
        guard !members.isEmpty else { return text("Ingen medlemmer passer.", "No members match.") }
        var table = TextTable(columns: [
            .init(text("Medlemsnr", "Number"), maxWidth: 14),
            .init(text("Navn", "Name"), minWidth: 12, shrinkPriority: 2),
            .init(text("Telefon", "Phone"), minWidth: 10, shrinkPriority: 1),
            .init(text("Lokallag", "Branch"), minWidth: 8, shrinkPriority: 2),
        ])
        for member in members {
            table.append([member.memberNumber, member.fullName, member.record.phone?.display ?? "", member.record.branch ?? ""])
        }
        return table.render() + "\n" + text("\(members.count) medlem(mer).", "\(members.count) member(s).")
    }
}
