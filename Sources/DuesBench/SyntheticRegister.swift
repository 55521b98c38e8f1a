import Demo
import Spreadsheet

/// A deterministic register of `members` rows in the reference county's proportions: about a quarter unpaid,
/// one in twenty sharing a landline with the member before (a household), phones written the many ways registers do.
struct SyntheticRegister: Sequence {
    let members: Int
    let year: Int
    let seed: UInt64

    func makeIterator() -> AnyIterator<[Cell]> {
        var random = SeededGenerator(seed: seed)
        let branches = ReferenceBranches.members
        let total = branches.reduce(0) { $0 + $1.members }
        var index = 0
        var previousPhone = "77000000"
        return AnyIterator {
            guard index < members else { return nil }
            defer { index += 1 }
            var pick = Int.random(in: 0..<total, using: &random)
            let branch = branches.first { pick -= $0.members; return pick < 0 }!.branch
            let given = NorwegianNames.givenNames.randomElement(using: &random)!
            let surname = NorwegianNames.surnames.randomElement(using: &random)!
            let digits = String(Int.random(in: 0..<10_000_000, using: &random)).leftPadded(7)
            let phone: String
            switch Int.random(in: 0..<20, using: &random) {
            case 0: phone = previousPhone
            case 1: phone = "77" + digits.prefix(6)
            case 2: phone = "+47 9" + digits
            default: phone = "4" + digits
            }
            previousPhone = phone
            let day = 1 + Int.random(in: 0..<28, using: &random), month = 1 + Int.random(in: 0..<12, using: &random)
            let joined = "\(day).\(month).\(year - Int.random(in: 0..<40, using: &random))"
            let paid = random.chance(0.25) ? "Nei" : "Ja"
            return [
                .text(String(1_000_000 + index)), .text(given), .text(surname), .text(phone),
                .text("m\(index)@example.no"), .text(branch), .text(joined), .text(paid),
            ]
        }
    }
}

private extension String {
    func leftPadded(_ length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}
