import CallScreen
import Foundation
import Model
import Testing

/// The help (call screen and plain mode) names every command key, in both languages, even in the smallest window.
@Suite struct HelpKeysTests {
    /// Every key `CommandKeys` defines, listed by hand so a key added there without a help line fails here.
    static let keys: [Character] = [
        CommandKeys.note, CommandKeys.skip, CommandKeys.undo, CommandKeys.help, CommandKeys.helpLetter,
        CommandKeys.quit, CommandKeys.retry, CommandKeys.phoneCode, CommandKeys.textCode, CommandKeys.smsSent,
        CommandKeys.editEmail,
    ]

    static let sizes: [(columns: Int, rows: Int)] = [(CallProgram.minimumColumns, CallProgram.minimumRows), (80, 24)]

    /// The keys named in the key column of the help box, each with the text beside it.
    func keyColumn(_ screen: ScreenBuffer, rows: Int) -> [String: String] {
        var named: [String: String] = [:]
        for row in 0..<rows {
            let line = screen.line(row)
            guard let border = line.firstIndex(of: "│") else { continue }
            let inside = line[line.index(after: border)...].drop { $0 == " " }
            guard let gap = inside.range(of: "  ") else { continue }
            let description = inside[gap.upperBound...].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["│"])
            for token in inside[..<gap.lowerBound].split(separator: " ") { named[String(token)] = description }
        }
        return named
    }

    @Test(arguments: [CallScreen.Language.nb, CallScreen.Language.en])
    func callScreenHelpNamesEveryKey(language: CallScreen.Language) {
        var context = Fixtures.context
        context.language = language
        for size in Self.sizes {
            var h = Harness(Fixtures.program(context), columns: size.columns, rows: size.rows)
            h.type(String(CommandKeys.help))
            let named = keyColumn(h.program.view(h.state), rows: size.rows)
            for key in Self.keys {
                #expect(!(named[String(key)] ?? "").isEmpty, "\(language) \(size): no help line for \(key)")
            }
        }
    }

    @Test(arguments: [CallScreen.Language.nb, CallScreen.Language.en])
    func plainHelpNamesEveryKey(language: CallScreen.Language) {
        var context = Fixtures.context
        context.language = language
        var h = Harness(Fixtures.program(context))
        for event in h.program.plainEvents(for: String(CommandKeys.help), in: h.state) { h.send(event) }
        var named: [String: String] = [:]
        for line in h.program.plainView(h.state).body.split(separator: "\n") where line.hasPrefix("  ") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let description = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            for token in line[..<colon].split(separator: " ") { named[String(token)] = description }
        }
        for key in Self.keys {
            #expect(!(named[String(key)] ?? "").isEmpty, "\(language) plain: no help line for \(key)")
        }
    }

    @Test func everyCommandKeyIsOneOfTheKeysAbove() {
        let inCommands = Set(CommandKeys.Command.allCases.flatMap(\.keys))
        #expect(inCommands == Set(Self.keys))
        #expect(CommandKeys.all == inCommands.subtracting([CommandKeys.editEmail]))
    }
}
