import Foundation
import Model
import SQLite

/// A call of a batch that could not be logged: its place in the batch and why.
public struct BatchCallError: Error {
    public let index: Int
    public let error: Error
}

extension Store {
    /// Logs the calls of a filled-in sheet in one transaction, each by `logCall`'s rules: all of them or, on the
    /// first that fails (`BatchCallError`), none. A call whose `uid` is already in the log was imported before and
    /// is left alone. With `dryRun` everything is checked and then rolled back. Returns, per call, whether it was
    /// (or would be) logged.
    public func logSheetCalls(_ reports: [CallReport], dryRun: Bool) throws -> [Bool] {
        struct RolledBack: Error { let logged: [Bool] }
        do {
            return try write { database in
                var logged: [Bool] = []
                for (index, report) in reports.enumerated() {
                    do {
                        let known = try report.uid.map { uid in
                            try database.fetchOne("SELECT 1 FROM call_log WHERE uid = ?", [uid]) { _ in true } ?? false
                        } ?? false
                        if !known { try logCall(report) }
                        logged.append(!known)
                    } catch {
                        throw BatchCallError(index: index, error: StoreError.translated(error))
                    }
                }
                if dryRun { throw RolledBack(logged: logged) }
                return logged
            }
        } catch let rolledBack as RolledBack {
            return rolledBack.logged
        }
    }
}

extension Store {
    /// A call uid made from what a file says about the call, the same every time the file is read.
    public static func contentUID(_ parts: [String]) -> String {
        String(SHA256.hex(parts.joined(separator: "\u{1F}")).prefix(32))
    }
}
