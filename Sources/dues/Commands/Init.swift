import ArgumentParser
import Storage

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, or upgrade it to this version's schema.")

    @OptionGroup var options: DatabaseOptions

    func run() throws {
        let (store, applied) = try Store.create(at: options.path)
        let text = Text(options.language)
        if applied.isEmpty {
            print(text("\(store.path) er oppdatert.", "\(store.path) is up to date."))
        } else {
            print(text(
                "\(store.path): \(applied.count) skjemaendring(er) lagt inn (\(applied.map(\.fileName).joined(separator: ", "))).",
                "\(store.path): applied \(applied.count) migration(s) (\(applied.map(\.fileName).joined(separator: ", ")))."))
        }
    }
}
