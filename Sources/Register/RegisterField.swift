import Model
/// A member field that a column of a register export can hold. The raw values are the names `--map` takes.
public enum RegisterField: String, CaseIterable, Sendable {
    case memberNumber = "member_number"
    case firstName = "first_name"
    case lastName = "last_name"
    /// The whole name in one column, split when there are no separate name columns.
    case fullName = "name"
    case phone
    case email
    case branch
    case joined
    /// Paid for a year: `Betalt 2018`, `Kontingent 2018`, `Paid 2018`.
    case paid
    /// A column to leave out, for `--map` to silence a column that looks like another field.
    case ignore

    /// The folded header names recognised for the field, most preferred first (see `HeaderKey`).
    var synonyms: [String] {
        switch self {
        case .memberNumber:
            ["medlemsnummer", "medlemsnr", "membernumber", "memberno", "membernr", "memberid", "medlemsid", "id"]
        case .firstName: ["fornavn", "firstname", "givenname"]
        case .lastName: ["etternavn", "lastname", "surname", "familyname"]
        case .fullName: ["navn", "name", "fulltnavn", "fullname", "medlemsnavn"]
        case .phone:
            ["mobil", "mobiltelefon", "mobilnummer", "mobilnr", "mobile", "telefon", "telefonnummer", "tlf", "tlfnr",
             "phone", "phonenumber"]
        case .email: ["epost", "epostadresse", "email", "emailaddress"]
        case .branch: ["lokallag", "lag", "kommuneparti", "kommune", "branch"]
        case .joined: ["innmeldt", "innmeldingsdato", "innmeldtdato", "joined", "joindate", "datejoined"]
        case .paid: ["betalt", "kontingent", "kontingentbetalt", "betaltkontingent", "paid", "duespaid"]
        case .ignore: []
        }
    }

    /// What the field is called in messages.
    func label(_ language: Language) -> String {
        let nb = language == .nb
        return switch self {
        case .memberNumber: nb ? "medlemsnummeret" : "the member number"
        case .firstName: nb ? "fornavnet" : "the first name"
        case .lastName: nb ? "etternavnet" : "the last name"
        case .fullName: nb ? "navnet" : "the name"
        case .phone: nb ? "telefonnummeret" : "the phone number"
        case .email: nb ? "e-postadressen" : "the email address"
        case .branch: nb ? "lokallaget" : "the branch"
        case .joined: nb ? "innmeldingsdatoen" : "the join date"
        case .paid: nb ? "betalt-merket" : "the paid mark"
        case .ignore: nb ? "ingenting" : "nothing"
        }
    }

    /// Reads a `--map` field name: the raw value, without regard to case, `_` or `-`.
    public init?(mapName: String) {
        let key = HeaderKey.fold(mapName)
        let aliases: [String: RegisterField] = ["number": .memberNumber, "joinedon": .joined, "skip": .ignore]
        guard let field = RegisterField.allCases.first(where: { HeaderKey.fold($0.rawValue) == key }) ?? aliases[key]
        else { return nil }
        self = field
    }

    /// The field a header names, with its rank among the field's synonyms and, for a paid column, its year.
    static func recognise(header: String) -> (field: RegisterField, rank: Int, year: Int?)? {
        let key = HeaderKey.fold(header)
        guard !key.isEmpty else { return nil }
        for field in allCases where field != .paid {
            if let rank = field.synonyms.firstIndex(of: key) { return (field, rank, nil) }
        }
        for (rank, prefix) in paid.synonyms.enumerated().reversed() where key.hasPrefix(prefix) {
            var rest = key.dropFirst(prefix.count)
            for word in ["for", "i", "in"] where rest.hasPrefix(word) && rest.count == word.count + 4 {
                rest = rest.dropFirst(word.count)
            }
            if rest.isEmpty { return (.paid, rank, nil) }
            if rest.count == 4, rest.allSatisfy(\.isASCII), let year = Int(rest), (1900...2999).contains(year) {
                return (.paid, rank, year)
            }
        }
        return nil
    }
}
