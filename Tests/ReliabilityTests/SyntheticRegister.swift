import Foundation
import TestSupport

/// A register export as Norwegian Excel saves it (';', dates d.m.yyyy), written by the tests themselves: `count`
/// members with numbers from 5,000,000 in the demo's branch Tromsø, none of them paid for `year`.
enum SyntheticRegister {
    static let firstNumber = 5_000_000

    static func csv(members count: Int, year: Int = TestClock.year) -> String {
        var text = "Medlemsnummer;Fornavn;Etternavn;Mobil;E-post;Lokallag;Innmeldt;Betalt \(year)\r\n"
        text.reserveCapacity(count * 72)
        for index in 0..<count {
            let phone = 40_000_000 + index
            text += "\(firstNumber + index);Test\(index);Hansen;\(phone);t\(index)@example.no;Tromsø;1.\(index % 12 + 1).2015;Nei\r\n"
        }
        return text
    }

    /// Writes the CSV to `path` (mode 0600: it stands for member data).
    static func write(members count: Int, to path: String, year: Int = TestClock.year) throws {
        try Data(csv(members: count, year: year).utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }
}
