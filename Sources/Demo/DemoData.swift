import Foundation
import Model
import Storage

/// Builds the built-in demo data set: the reference county's 21 branches with their real member counts,
/// synthetic Norwegian members, about a quarter unpaid for the demo year, realistic goals and five callers.
/// The same seed gives the same members on every date (names, numbers, phones, branches, who is unpaid); only their
/// dates move with `today`.
public enum DemoData {
    /// The demo's dues year: the year of `today`.
    public static func seed(today: CalendarDate, seed: UInt64 = 2018) -> Seed {
        var random = SeededGenerator(seed: seed)
        let year = today.year
        var numbers = Set<Int>()
        var members: [Seed.MemberSeed] = []
        var sharedLandline: (number: String, surname: String, branch: String)?

        let memberships = ReferenceBranches.members.flatMap { Array(repeating: Optional($0.branch), count: $0.members) }
            + Array(repeating: nil, count: ReferenceBranches.countyMembers - ReferenceBranches.members.reduce(0) { $0 + $1.members })
        for branch in memberships {
            var number: Int
            repeat { number = Int.random(in: 100_000...999_999, using: &random) } while !numbers.insert(number).inserted
            var surname = NorwegianNames.surnames.randomElement(using: &random)!
            var phone = phoneText(&random)
            if let household = sharedLandline, household.branch == branch, random.chance(0.5) {
                surname = household.surname
                phone = household.number
                sharedLandline = nil
            } else if phone.hasPrefix("77"), let branch {
                sharedLandline = (phone, surname, branch)
            }
            var given = NorwegianNames.givenNames.randomElement(using: &random)!
            if random.chance(0.1) { given += " " + NorwegianNames.givenNames.randomElement(using: &random)! }
            let joined = joinDate(today: today, &random)
            let email = random.chance(0.7) ? emailAddress(given: given, surname: surname, &random) : nil
            let record = MemberRecord(
                memberNumber: String(number), firstName: given, lastName: surname,
                phone: phone.isEmpty ? nil : PhoneNumber(parsing: phone), email: email, branch: branch,
                joinedOn: joined)
            members.append(Seed.MemberSeed(record: record, dues: dues(year: year, joined: joined, &random)))
        }

        let branches = ReferenceBranches.members.map { branch in
            Seed.BranchSeed(name: branch.branch, goals: [
                BranchGoal(year: year, recruit: max(2, Int((Double(branch.members) * 0.07).rounded()))),
                BranchGoal(year: year + 2, total: Int((Double(branch.members) * 1.1).rounded())),
            ])
        }
        return Seed(
            settings: [.demo: "1", .party: "Demopartiet", .membershipOfficeEmail: "medlemskap@demopartiet.example"],
            duesYears: Dictionary(uniqueKeysWithValues: (year - 2...year).map { ($0, paymentDeadline(year: $0, today: today)) }),
            branches: branches, members: members, callers: callers)
    }

    /// 30 June of each year, except that the demo year's deadline is never less than a month away, so its unpaid
    /// members are not yet past retention (six months after the deadline) whatever the date.
    static func paymentDeadline(year: Int, today: CalendarDate) -> CalendarDate {
        let june = CalendarDate(year: year, month: 6, day: 30)!
        return year == today.year ? max(june, today.adding(days: 31)) : june
    }

    static let callers = [
        CallerDraft(name: "Kari Nordmann", phone: "412 34 567", branch: "Tromsø", capacity: 60),
        CallerDraft(name: "Ole Hansen", phone: "934 56 789", branch: "Tromsø", capacity: 40),
        CallerDraft(name: "Ingrid Johansen", phone: "455 12 345", branch: "Harstad", capacity: 40),
        CallerDraft(name: "Áslak Somby", phone: "918 76 543", branch: "Senja", capacity: 30),
        CallerDraft(name: "Marit Olsen", phone: "477 65 432", branch: "Balsfjord", capacity: 30),
    ]

    /// Mostly mobiles, some landlines (Troms numbers start with 77), and the odd missing, foreign or broken number,
    /// written the many ways a register holds them.
    private static func phoneText(_ random: inout SeededGenerator) -> String {
        let roll = Double.random(in: 0..<1, using: &random)
        switch roll {
        case ..<0.03: return ""
        case ..<0.045: return ["12345", "ring etter kl 16", "000"].randomElement(using: &random)!
        case ..<0.055: return "+46 70" + digits(7, &random)
        case ..<0.14: return "77" + digits(6, &random)
        default:
            let mobile = ["4", "9"].randomElement(using: &random)! + digits(7, &random)
            let chars = Array(mobile)
            switch Int.random(in: 0..<6, using: &random) {
            case 0: return String(chars[0..<3]) + " " + String(chars[3..<5]) + " " + String(chars[5...])
            case 1: return "+47 " + mobile
            case 2: return "0047" + mobile
            default: return mobile
            }
        }
    }

    private static func digits(_ count: Int, _ random: inout SeededGenerator) -> String {
        (0..<count).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
    }

    private static func joinDate(today: CalendarDate, _ random: inout SeededGenerator) -> CalendarDate {
        let roll = Double.random(in: 0..<1, using: &random)
        let daysAgo: Int = switch roll {
        case ..<0.03: Int.random(in: 0..<60, using: &random)
        case ..<0.07: Int.random(in: 60..<300, using: &random)
        case ..<0.45: Int.random(in: 300..<3_650, using: &random)
        default: Int.random(in: 3_650..<18_000, using: &random)
        }
        return today.adding(days: -daysAgo)
    }

    /// Draws a status for each of the three years whatever the join date, so the random stream, and with it every
    /// later member, does not depend on the date; years before the member joined are then left out.
    private static func dues(year: Int, joined: CalendarDate, _ random: inout SeededGenerator) -> [Int: DuesStatus] {
        var dues: [Int: DuesStatus] = [:]
        for dueYear in (year - 2)...year {
            let unpaidShare = dueYear == year ? 0.25 : 0.04
            let roll = Double.random(in: 0..<1, using: &random)
            let waived = random.chance(0.01)
            guard dueYear >= joined.year else { continue }
            dues[dueYear] = roll < unpaidShare ? .unpaid : waived ? .waived : .paid
        }
        return dues
    }

    private static func emailAddress(given: String, surname: String, _ random: inout SeededGenerator) -> String {
        let ascii = { (text: String) -> String in
            text.lowercased()
                .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "o")
                .replacingOccurrences(of: "å", with: "aa")
                .folding(options: .diacriticInsensitive, locale: nil)
                .filter { $0.isLetter || $0 == "-" }
        }
        let first = ascii(String(given.split(separator: " ")[0]))
        let domain = ["example.no", "post.example.com", "epost.example.no"].randomElement(using: &random)!
        return "\(first).\(ascii(surname))\(Int.random(in: 1...99, using: &random))@\(domain)"
    }
}

extension DemoData {
    /// The demo's dues campaign name.
    public static func duesCampaignName(year: Int, language: Language) -> String {
        language == .nb ? "Kontingent \(year)" : "Dues \(year)"
    }

    /// A dues campaign for the demo year and a welcome campaign, open around the clock so the demo works at any hour;
    /// the welcome campaign invites to a meeting ten days on at 19:00, so its script and SMS have one to name.
    public static func campaigns(for seed: Seed, today: CalendarDate, language: Language) -> [CampaignDraft] {
        let allDay = CallingRules(startMinute: 0, endMinute: 24 * 60, callingDays: Set(Weekday.allCases))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = allDay.timeZone
        let meetingDay = today.adding(days: 10).date(in: allDay.timeZone)
        let meeting = calendar.date(bySettingHour: 19, minute: 0, second: 0, of: meetingDay) ?? meetingDay
        return [
            CampaignDraft(name: duesCampaignName(year: today.year, language: language), kind: .dues, year: today.year,
                          language: language, rules: allDay),
            CampaignDraft(name: language == .nb ? "Velkommen \(today.year)" : "Welcome \(today.year)", kind: .welcome,
                          year: today.year, language: language, rules: allDay, meetingAt: meeting,
                          meetingPlace: "Folkets hus"),
        ]
    }
}
