import ArgumentParser
import Foundation
import SQLite
import Storage

/// Turns the modules' errors into one clear line and exit status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    static func wrap(_ error: Error) -> Error {
        switch error {
        case let error as SQLiteError where error.isBusy:
            CLIError(description: "the database is busy with another dues: try again in a moment (\(error.message))")
        case let error as SQLiteError where error.isFull:
            CLIError(description: "the disk is full or the database has reached its size limit; nothing was changed")
        case let error as SQLiteError where error.isIOError:
            CLIError(description: "could not read or write the database file (\(error.message)): the disk may be full, past a file size limit, or failing; run `dues doctor`")
        case let error as SQLiteError where error.isCorruption:
            CLIError(description: "the database file is damaged or not a dues database (\(error.message)); run `dues doctor`")
        case let error as SQLiteError:
            CLIError(description: error.description)
        case let error as StoreError:
            CLIError(description: error.description)
        case let error as PackError:
            CLIError(description: error.description)
        case let error as MigrationError:
            CLIError(description: error.description)
        default:
            error
        }
    }
}
