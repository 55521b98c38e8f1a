import Foundation
import Testing
import TextCells

struct SanitizerFixture: CustomTestStringConvertible, Sendable {
    let name: String
    let input: String
    let line: String
    let multiline: String
    var testDescription: String { name }

    static func load() throws -> [SanitizerFixture] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sanitize.txt")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { line in
                let fields = splitFields(String(line)).map(unescape)
                return SanitizerFixture(name: fields[0], input: fields[1], line: fields[2], multiline: fields[3])
            }
    }

    private static func splitFields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for c in line {
            if escaped { current += "\\" + String(c); escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "|" { fields.append(current.trimmingCharacters(in: .whitespaces)); current = ""; continue }
            current.append(c)
        }
        fields.append(current.trimmingCharacters(in: .whitespaces))
        return fields
    }

    private static func unescape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let s = scalars.popFirst() {
            guard s == "\\", let e = scalars.popFirst() else { out.append(s); continue }
            switch e {
            case "e": out.append("\u{1B}")
            case "a": out.append("\u{7}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "u":
                scalars = scalars.dropFirst()
                let hex = String(String.UnicodeScalarView(scalars.prefix { $0 != "}" }))
                scalars = scalars.drop { $0 != "}" }.dropFirst()
                out.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
            default: out.append(e)
            }
        }
        return String(out)
    }
}

@Test(arguments: try SanitizerFixture.load())
func sanitizerFixture(_ fixture: SanitizerFixture) {
    #expect(TerminalText.sanitizeLine(fixture.input).unicodeScalars.elementsEqual(fixture.line.unicodeScalars))
    #expect(TerminalText.sanitize(fixture.input).unicodeScalars.elementsEqual(fixture.multiline.unicodeScalars))
}

@Test func fixturesAreLoaded() throws {
    #expect(try SanitizerFixture.load().count >= 19)
}

@Test func noControlCharacterSurvivesAnyByte() {
    for value in UInt32(0)...0x10FFF {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let input = "a" + String(scalar) + "b"
        for out in [TerminalText.sanitizeLine(input), TerminalText.sanitize(input)] {
            for s in out.unicodeScalars {
                let v = s.value
                #expect(v >= 0x20 || v == 0x0A, "U+\(String(value, radix: 16)) left \(v)")
                #expect(!(0x7F...0x9F).contains(v) && !(0x202A...0x202E).contains(v) && !(0x2066...0x2069).contains(v))
            }
        }
    }
}

@Test func sanitizeLineHasNoLineBreaks() {
    #expect(!TerminalText.sanitizeLine("a\nb\rc\r\nd").contains("\n"))
}
