import CallScreen
import Foundation
import Model
import Testing

/// A dues campaign in Bokmål as the integrator would build it, and members to call.
enum Fixtures {
    static let oslo = TimeZone(identifier: "Europe/Oslo")!

    static func date(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = oslo
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    static let now = date("2025-11-26 18:05")

    static let checklist: [ChecklistOption] = [
        .init(code: "told_activity", key: "1", label: "Fortalt om aktiviteter"),
        .init(code: "mail_list", key: "2", label: "Lagt til på e-postlista"),
        .init(code: "social_group", key: "3", label: "Lagt til i den sosiale gruppa"),
    ]

    static let resignText = """
        Bare medlemmet selv kan melde seg ut, ved å sende e-post til medlem@partiet.no. \
        Du kan ikke gjøre det for dem.
        """

    /// The dues outcomes with the keys and labels the program gets from the model (`Outcome.key(in:)`), and the
    /// follow-up steps the call session gives them.
    static let duesOutcomes: [OutcomeOption] = Outcome.outcomes(for: .dues).map { outcome in
        let followUp: OutcomeFollowUp
        switch outcome {
        case .willPay: followUp = .confirmEmail
        case .wantsToResign: followUp = .resignNotice(text: resignText)
        case .callback: followUp = .callbackTime
        default: followUp = .none
        }
        return OutcomeOption(
            code: outcome.rawValue, key: outcome.key(in: .dues)!, label: outcome.label(.nb), followUp: followUp,
            asksFirst: outcome == .doNotCall)
    }

    /// The key of a dues outcome, as typed.
    static func key(_ outcome: Outcome) -> String {
        String(outcome.key(in: .dues)!)
    }

    static let context = CallContext(
        campaignName: "Kontingent 2025", kind: "dues", callerName: "Ola Nordmann", language: .nb,
        outcomes: duesOutcomes)

    static let welcomeContext = CallContext(
        campaignName: "Velkommen høst", kind: "welcome", callerName: "Ola Nordmann", language: .nb,
        outcomes: [
            .init(code: "welcomed", key: Outcome.welcomed.key(in: .welcome)!, label: Outcome.welcomed.label(.nb),
                  followUp: .checklist(checklist)),
            .init(code: "no_answer", key: Outcome.noAnswer.key(in: .welcome)!, label: Outcome.noAnswer.label(.nb)),
        ])

    static let script = """
        Hei {first}, jeg heter Ola og ringer fra Tromsø lokallag av partiet. Registeret vårt viser at \
        kontingenten for 2025 ikke er betalt ennå.

        Vil du at vi sender deg ny betalingsinformasjon? Det tar bare et øyeblikk, og du kan betale med Vipps \
        eller kort.
        """

    static let ørjan = MemberCard(
        memberID: 42, number: "1048576", fullName: "Ørjan Hætta-Sara", firstName: "Ørjan", branch: "Tromsø",
        phone: "412 34 567", phoneKind: "mobil", memberSince: date("2019-03-12 00:00"),
        dues: [.init(year: 2025, status: .unpaid), .init(year: 2024, status: .paid), .init(year: 2023, status: .paid)],
        attempts: [
            .init(at: date("2025-11-20 17:40"), caller: "Per Hansen", campaign: "Kontingent 2025", outcome: "Ikke svar"),
            .init(at: date("2025-11-24 19:02"), caller: "Åse Bø", campaign: "Kontingent 2025", outcome: "Opptatt",
                  note: "Ring etter kl. 18, helst på kvelden"),
        ],
        email: "orjan@example.no", script: script.replacingOccurrences(of: "{first}", with: "Ørjan"))

    static let kari = MemberCard(
        memberID: 43, number: "77", fullName: "Kari\u{1B}[2J\u{1B}]0;x\u{7}", firstName: "Kari", branch: "Ha\u{308}tta\u{202E}lag",
        phone: "900 00 000", phoneKind: "", memberSince: nil, dues: [.init(year: 2025, status: .unpaid)],
        attempts: [], email: nil, script: "Hei Kari\u{1B}[31m!\u{9B}2J\nLinje to\u{7}")

    /// A parser good enough for tests: `HH:MM` today, or `i morgen HH` tomorrow.
    static let parseCallback: @Sendable (String, Date) -> Date? = { text, now in
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = oslo
        let words = text.lowercased().split(separator: " ")
        let day = words.count == 3 && words[0] == "i" && words[1] == "morgen" ? 1 : 0
        guard let last = words.last, day == 1 || words.count == 1 else { return nil }
        let parts = last.split(separator: ":").compactMap { Int($0) }
        guard (1...2).contains(parts.count), parts.count == last.split(separator: ":").count,
            (0..<24).contains(parts[0]), parts.count == 1 || (0..<60).contains(parts[1])
        else { return nil }
        let start = calendar.date(byAdding: .day, value: day, to: calendar.startOfDay(for: now))!
        return calendar.date(bySettingHour: parts[0], minute: parts.count == 2 ? parts[1] : 0, second: 0, of: start)
    }

    static func program(_ context: CallContext = context, color: Bool = false) -> CallProgram {
        CallProgram(context: context, color: color, timeZone: oslo, parseCallback: parseCallback)
    }
}

/// Drives a program: events in, state and effects out, remembering every effect.
struct Harness {
    let program: CallProgram
    var state: CallState
    var effects: [Effect] = []

    init(_ program: CallProgram = Fixtures.program(), columns: Int = 80, rows: Int = 24, card: MemberCard? = Fixtures.ørjan) {
        self.program = program
        (state, effects) = program.start(columns: columns, rows: rows, now: Fixtures.now)
        send(.progress(Progress(doneToday: 12, leftOnList: 34)))
        send(.loaded(card))
    }

    @discardableResult
    mutating func send(_ events: Event...) -> [Effect] {
        var emitted: [Effect] = []
        for event in events {
            let (next, new) = program.update(state, event)
            state = next
            emitted += new
        }
        effects += emitted
        return emitted
    }

    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        var emitted: [Effect] = []
        for c in text { emitted += send(.key(.char(c))) }
        return emitted
    }

    var screen: String { program.view(state).text }
}

/// Compares a rendered screen with `Golden/<name>.txt`; `DUES_UPDATE_GOLDEN=1` rewrites the file instead.
func expectGolden(_ name: String, _ screen: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).txt")
    let text = screen.text + "\n"
    if ProcessInfo.processInfo.environment["DUES_UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("No golden file \(name).txt; run the tests with DUES_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "screen \(name) differs from its golden file", sourceLocation: sourceLocation)
}
