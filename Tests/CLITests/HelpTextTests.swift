import Foundation
import TestSupport
import Testing

/// Every command's `--help` wraps its sentences where the terminal's width says, never where a line of source
/// code happened to end.
@Suite struct HelpTextTests {
    /// The subcommand paths under `path`, from the SUBCOMMANDS section of its help, depth first.
    static func commands(under path: [String], in folder: URL) throws -> [[String]] {
        let help = try DuesBinary.run(path + ["--help"], in: folder).stdout
        let names = help.components(separatedBy: "\n").drop { $0 != "SUBCOMMANDS:" }.dropFirst()
            .prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { $0 != "help" }
        return try names.flatMap { name in [path + [name]] + (try commands(under: path + [name], in: folder)) }
    }

    /// The places where `help` breaks a line that does not end a sentence (`.`, `!`, `?`, `:`) although the next
    /// line's first word would have fitted on it: a line break written into the text rather than made by wrapping.
    /// Compared are consecutive lines of the overview (before USAGE), and an option's help with its continuation
    /// lines (indented deeper than the option names, not starting with `-`); an option too long to share a line with
    /// its help has the help on the next line, which is no break.
    static func oddBreaks(in help: String, width: Int) -> [String] {
        let lines = help.components(separatedBy: "\n")
        let usage = lines.firstIndex { $0.hasPrefix("USAGE:") || $0.hasPrefix("BRUK:") } ?? lines.count
        var odd: [String] = []
        for index in lines.indices.dropLast() {
            let line = lines[index], next = lines[index + 1]
            let indent = next.prefix { $0 == " " }.count
            let continues = index + 1 < usage ? !line.isEmpty && !next.isEmpty && indent == 0
                : !line.trimmingCharacters(in: .whitespaces).isEmpty && indent > 2 && !next.dropFirst(indent).hasPrefix("-")
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let isOptionAlone = trimmed.hasPrefix("-") && !trimmed.contains("  ")
            guard continues, !isOptionAlone, !"!.?:".contains(line.last ?? "."), let word = next.split(separator: " ").first
            else { continue }
            if line.count + 1 + word.count < width { odd.append("\(line)⏎\(next)") }
        }
        return odd
    }

    @Test func theCheckFindsABreakWrittenIntoTheText() {
        let help = "OVERVIEW: One sentence that goes on,\nand on after a break.\n\nUSAGE: dues x"
        #expect(Self.oddBreaks(in: help, width: 80) == ["OVERVIEW: One sentence that goes on,⏎and on after a break."])
        #expect(Self.oddBreaks(in: "OVERVIEW: A sentence.\nAnother one.\n\nUSAGE: dues x", width: 80).isEmpty)
    }

    @Test(arguments: [60, 80, 120], ["en", "nb"]) func everyHelpWrapsOnlyAtTheWidth(width: Int, language: String) throws {
        let folder = try TemporaryFolder()
        let commands = try Self.commands(under: [], in: folder.url)
        #expect(commands.count > 25, "\(commands)")
        for command in [[]] + commands {
            let help = try DuesBinary.run(
                command + ["--help", "--lang", language], in: folder.url, environment: ["COLUMNS": String(width)])
            #expect(help.status == 0)
            if language == "nb", let overview = help.stdout.components(separatedBy: "\n").first {
                #expect(BokmalMessagesTests.english(in: overview).isEmpty, "dues \(command.joined(separator: " ")): \(overview)")
                for heading in ["OVERVIEW:", "USAGE:", "OPTIONS:", "Show help information.", "default:", "(values:"] {
                    #expect(!help.stdout.contains(heading), "dues \(command.joined(separator: " ")) --help --lang nb: \(heading)")
                }
            }
            let odd = Self.oddBreaks(in: help.stdout, width: width)
            #expect(odd.isEmpty, "dues \(command.joined(separator: " ")) --help --lang \(language) at \(width) columns: \(odd)")
        }
    }
}
