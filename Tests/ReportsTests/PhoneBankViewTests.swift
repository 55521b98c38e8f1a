import Foundation
import Model
import Reports
import Storage
import Testing

/// The live view's frame, without a terminal: hostile names are made harmless, times are local, nothing is wider
/// than the screen, and both languages say every word.
@Suite struct PhoneBankViewTests {
    static let json = """
        {"campaign": "Dues \\u001b[2J", "callers": [
           {"name": "Kari\\u001b]0;owned\\u0007 Nordmann", "callsToday": 12, "reachedToday": 7, "willPayToday": 3,
            "lastCall": 0, "claimed": 1},
           {"name": "Ole", "callsToday": 0, "reachedToday": 0, "willPayToday": 0, "claimed": 0}],
         "branches": [{"name": "Storfjord – Omasvuotna – Omasvuono", "onList": 40, "called": 12, "reached": 7, "paidSince": 2},
                      {"name": "", "onList": 2, "called": 0, "reached": 0, "paidSince": 0}],
         "feed": [{"at": 0, "caller": "Kari", "branch": "Tromsø", "outcome": "will_pay"},
                  {"at": 0, "caller": "Ole"}]}
        """

    func view(_ language: Language) throws -> [String] {
        let board = try JSONDecoder().decode(PhoneBankBoard.self, from: Data(Self.json.utf8))
        let moment = Date(timeIntervalSinceReferenceDate: 0)
        return PhoneBankView(board: board, language: language, zone: TimeZone(identifier: "Europe/Oslo")!, now: moment).lines(width: 60)
    }

    @Test func aFrameIsSafeNarrowAndLocal() throws {
        let lines = try view(.en)
        #expect(lines.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines)")
        let kari = try #require(lines.first { $0.hasPrefix("Kari") })
        #expect(kari.contains(" 01:00 ") && kari.hasSuffix("holds 1"), "Oslo time of 2001-01-01 00:00 UTC: \(kari)")
        #expect(lines.first { $0.hasPrefix("Ole") }?.hasSuffix("idle") == true)
        #expect(lines.contains("  01:00  Kari (Tromsø): Will pay"))
        #expect(lines.contains("  01:00  Ole: ?"))
    }

    @Test func bokmalSaysEveryWord() throws {
        let norsk = try view(.nb).joined(separator: "\n")
        for word in ["Ringebank", "Ringer", "Samtaler i dag", "Lokallag", "Siste utfall:", "ledig", "holder 1", "Vil betale"] {
            #expect(norsk.contains(word), "\(word)")
        }
        for word in ["Caller", "Phone bank", "idle", "Latest"] { #expect(!norsk.contains(word), "\(word)") }
    }
}
