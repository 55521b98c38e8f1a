import Testing
@testable import Model

/// The byte-level reading of the usual phone shapes must give exactly what the general rule gives.
struct PhoneNumberFastPathTests {
    /// A fixed-seed generator (SplitMix64), so every run checks the same inputs.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func describe(_ result: (String, PhoneKind)?) -> String {
        result.map { "\($0.0) \($0.1)" } ?? "invalid"
    }

    /// Registers' usual shapes, with the prefixes, groupings and padding they come in.
    static var shapes: [String] {
        let numbers = ["41234567", "98765432", "77123456", "22334455", "01234567", "11234567", "4123456", "412345678",
                       "701234567", "4712345678", "123456789012345", "1234567890123456", "0"]
        let prefixes = ["", "+", "+47", "+47 ", "0047", "0047 ", "47", "47 ", "00", "+46 ", "0046", "+ ", " +", "+0"]
        var result: [String] = []
        for number in numbers {
            let inThrees = number.enumerated().flatMap { offset, digit -> [Character] in
                offset > 0 && offset % 3 == 0 ? [" ", digit] : [digit]
            }
            let grouped = [number, String(inThrees)]
            for prefix in prefixes {
                for body in grouped {
                    for padding in [("", ""), (" ", ""), ("", "  "), ("   ", " ")] {
                        result.append(padding.0 + prefix + body + padding.1)
                    }
                }
            }
        }
        let long = [String(repeating: "4", count: 70), String(repeating: " 4", count: 40), String(repeating: "4", count: 40)]
        return result + ["", " ", "+", "00", "0000", "+ 47"] + long
    }

    @Test func givesWhatTheGeneralRuleGivesForTheUsualShapes() {
        for raw in Self.shapes {
            guard let fast = PhoneNumber.normaliseDigits(raw) else {
                Issue.record("'\(raw)' is not read by the fast path")
                continue
            }
            #expect(Self.describe(fast) == Self.describe(PhoneNumber.normalise(raw)), "'\(raw)'")
        }
    }

    @Test func givesWhatTheGeneralRuleGivesForRandomText() {
        var generator = Generator(state: 2026)
        let alphabet = Array("0123456789 +47000    .-()E,a\u{A0}\t")
        var checked = 0
        for _ in 0..<50_000 {
            let length = Int.random(in: 0...20, using: &generator)
            let raw = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            guard let fast = PhoneNumber.normaliseDigits(raw) else { continue }
            checked += 1
            #expect(Self.describe(fast) == Self.describe(PhoneNumber.normalise(raw)), "'\(raw)'")
        }
        #expect(checked > 2_000)
    }

    @Test func leavesEveryOtherCharacterToTheGeneralRule() {
        for raw in ["41234567.0", "4.1234567E7", "412-34-567", "(+47) 41234567", "412\u{A0}34\u{A0}567", "\t41234567",
                    "4123456a", "+47 (0) 41234567", "41234567+", "++4741234567"] {
            #expect(PhoneNumber.normaliseDigits(raw) == nil, "'\(raw)'")
        }
    }
}
