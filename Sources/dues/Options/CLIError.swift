import ArgumentParser
import Foundation
import Model
import SQLite
import Storage

/// Turns the modules' errors into one clear line and exit status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    /// The error as one line in `language`.
    static func wrap(_ error: Error, language: Language = .ofCommandLine) -> Error {
        switch StoreError.translated(error) {
        case let error as BilingualError:
            CLIError(description: error.message(language))
        case let error as MigrationError:
            CLIError(description: error.description)
        case let error:
            error
        }
    }
}
