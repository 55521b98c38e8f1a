import Model
import Storage

/// The order of the members on a printed call sheet.
public enum SheetOrder: String, Sendable, CaseIterable {
    /// Surname, then first name, the Norwegian way (æ, ø, å after z).
    case name
    /// Branch, then name.
    case branch
    /// Phone number, then name; members without a number last.
    case phone

    /// `lines` in this order; ties keep their calling order.
    func sorted(_ lines: [SheetLine]) -> [SheetLine] {
        let keyed = lines.enumerated().map { (index: $0.offset, line: $0.element, key: key($0.element)) }
        return keyed.sorted { $0.key != $1.key ? $0.key.lexicographicallyPrecedes($1.key) : $0.index < $1.index }.map(\.line)
    }

    private func key(_ line: SheetLine) -> [String] {
        let record = line.member.record
        let name = [Self.collating(record.lastName), Self.collating(record.firstName)]
        switch self {
        case .name: return name
        case .branch: return [record.branch.map(Self.collating) ?? "\u{10FFFF}"] + name
        case .phone: return [record.phone?.e164 ?? "\u{10FFFF}"] + name
        }
    }

    /// Lower case, with æ, ø and å sorted after z as in a Norwegian phone book (private-use characters stand in).
    static func collating(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            switch character {
            case "æ", "ä": out += "\u{E000}"
            case "ø", "ö": out += "\u{E001}"
            case "å": out += "\u{E002}"
            default: out.append(character)
            }
        }
        return out
    }
}
