import Model

/// The columns of a call sheet in the spreadsheet formats, in order; `dues sheet import` finds them again by their
/// headings in either language.
public enum SheetColumn: Int, CaseIterable, Sendable {
    case memberNumber, name, branch, phone, earlier, outcome, time, callback, note

    /// The heading in `language`.
    public func heading(_ language: Language) -> String {
        let (bokmal, english) = headings
        return language == .nb ? bokmal : english
    }

    private var headings: (String, String) {
        switch self {
        case .memberNumber: ("Medlemsnr", "Member no.")
        case .name: ("Navn", "Name")
        case .branch: ("Lokallag", "Branch")
        case .phone: ("Telefon", "Phone")
        case .earlier: ("Tidligere forsøk", "Earlier attempts")
        case .outcome: ("Utfall (tast)", "Outcome (key)")
        case .time: ("Tidspunkt", "Date/time")
        case .callback: ("Ring tilbake", "Call back")
        case .note: ("Notat", "Note")
        }
    }

    /// Width in characters on the printed xlsx: a whole phone number (`+47 412 34 567`), a long name, a wide note.
    var printWidth: Double {
        switch self {
        case .memberNumber: 10
        case .name: 26
        case .branch: 14
        case .phone: 16
        case .earlier: 22
        case .outcome: 8
        case .time: 13
        case .callback: 13
        case .note: 40
        }
    }

    /// The column whose heading is `text` in either language (case and spaces ignored).
    public init?(heading text: String) {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let column = SheetColumn.allCases.first(where: { column in
            [Language.nb, .en].contains { column.heading($0).lowercased() == wanted }
        }) else { return nil }
        self = column
    }
}
