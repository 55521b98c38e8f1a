import Foundation
import TestSupport
import Testing

/// `dues call --plain`: `?` lists every command key, the SMS confirmation `x` included, in both languages.
@Suite struct PlainHelpCommandTests {
    @Test(arguments: [("en", ["n: write", "p: show the number", "t: show an SMS", "x: on the SMS code", "? or h: show this help"]),
                      ("nb", ["n: skriv", "p: vis nummeret", "t: vis en SMS", "x: på SMS-koden", "? eller h: vis denne hjelpen"])])
    func plainHelpListsEveryKey(language: String, lines: [String]) throws {
        let folder = try TemporaryFolder()
        let db = folder.path("dues.sqlite")
        _ = try CallTestDatabase.create(at: db, members: 1, callers: 1)
        let session = try DuesBinary.run(
            ["call", "K", "--caller", "Caller 1", "--plain", "--lang", language, "--db", db], in: folder.url, input: "?\n\nq\n")
        #expect(session.status == 0, "\(session.stderr)")
        for line in lines {
            #expect(session.stdout.contains("\n  \(line)"), "\(line) in \(session.stdout)")
        }
    }
}
