import CallScreen
import CallSession
import Foundation
import Model
import SQLite
import Storage
import TestSupport

/// A settable clock for stores under test.
final class TestClock: @unchecked Sendable {
    var now: Date

    init(_ iso: String) {
        now = ISO8601DateFormatter().date(from: iso)!
    }
}

/// A real database file with a small register, two callers and a dues campaign, at a fixed time inside calling hours.
struct SessionFixture {
    let folder: TemporaryFolder
    let clock: TestClock
    let store: Store
    let campaign: Campaign

    /// Thursday 26 November 2026, 15:00 in Oslo.
    static let start = "2026-11-26T14:00:00Z"

    init(
        members: [Seed.MemberSeed] = SessionFixture.register(), kind: CampaignKind = .dues,
        language: Model.Language = .nb, script: String? = nil, meeting: Bool = true
    ) throws {
        folder = try TemporaryFolder()
        let clock = TestClock(Self.start)
        self.clock = clock
        store = try Store.create(at: folder.path("dues.sqlite"), now: { clock.now }).store
        try store.load(Seed(
            settings: [.party: "Testpartiet", .membershipOfficeEmail: "medlem@test.example"],
            duesYears: [2025: CalendarDate(year: 2025, month: 6, day: 30)!, 2026: CalendarDate(year: 2026, month: 6, day: 30)!],
            branches: [.init(name: "Tromsø", goals: [])], members: members,
            callers: [CallerDraft(name: "Kari Nordmann", branch: "Tromsø"), CallerDraft(name: "Ole Hansen")]))
        campaign = try store.createCampaign(CampaignDraft(
            name: "Høst", kind: kind, year: 2026, language: language, script: script,
            welcomeWindowDays: 3000,
            // A welcome campaign's default script and SMS invite to its meeting: a week on, at Folkets hus.
            meetingAt: kind == .welcome && meeting ? clock.now + 7 * 86_400 : nil,
            meetingPlace: kind == .welcome && meeting ? "Folkets hus" : nil)).campaign
    }

    /// `count` unpaid members numbered 1000… with their own mobile numbers.
    static func register(count: Int = 6) -> [Seed.MemberSeed] {
        (0..<count).map { member(number: String(1000 + $0), first: "Medlem\($0)", phone: String(91_000_000 + $0)) }
    }

    static func member(
        number: String, first: String, last: String = "Hansen", phone: String = "41234567", email: String? = nil
    ) -> Seed.MemberSeed {
        Seed.MemberSeed(
            record: MemberRecord(
                memberNumber: number, firstName: first, lastName: last, phone: PhoneNumber(parsing: phone), email: email,
                branch: "Tromsø", joinedOn: CalendarDate(year: 2026, month: 3, day: 1)!),
            dues: [2025: .paid, 2026: .unpaid])
    }

    func caller(_ name: String = "Kari Nordmann") throws -> Caller { try store.caller(named: name) }

    /// A session on a second connection to the file, as another `dues call` would open.
    func session(_ callerName: String = "Kari Nordmann", language: Model.Language = .nb) throws -> CallSession {
        let clock = clock
        let store = try Store.open(at: store.path, now: { clock.now })
        return try CallSession(
            store: store, campaign: try store.campaign(named: campaign.name), caller: try store.caller(named: callerName),
            language: language)
    }

    /// A separate connection for checking what was stored.
    func database() throws -> Database { try Database(path: store.path) }

    /// The member numbers the caller holds on the campaign.
    func held(by name: String = "Kari Nordmann") throws -> [String] {
        try database().fetchAll("""
            SELECT m.member_number FROM call_list_entries e JOIN members m ON m.id = e.member_id
            JOIN callers c ON c.id = e.claimed_by WHERE c.name = ? ORDER BY m.member_number
            """, [name]) { $0[0] }
    }
}

/// Runs a session's program the way the terminal layer does: effects in order, each answer fed back.
struct Driver {
    let session: CallSession
    let program: CallProgram
    private(set) var state: CallState
    private(set) var quit = false

    init(_ session: CallSession, columns: Int = 80, rows: Int = 24) {
        self.session = session
        program = session.program(color: false)
        let (state, effects) = program.start(columns: columns, rows: rows, now: session.store.now())
        self.state = state
        run(effects)
    }

    mutating func send(_ events: Event...) {
        for event in events {
            let (next, effects) = program.update(state, event)
            state = next
            run(effects)
        }
    }

    mutating func type(_ text: String) {
        for character in text { send(.key(.char(character))) }
    }

    private mutating func run(_ effects: [Effect]) {
        var queue = effects[...]
        while let effect = queue.popFirst() {
            if effect == .quit { quit = true; return }
            guard let answer = session.execute(effect) else { continue }
            let (next, more) = program.update(state, answer)
            state = next
            queue.append(contentsOf: more)
        }
    }

    /// The member number on screen.
    var number: String? { state.card?.number }
}
