import Foundation
import SQLite
import TestSupport
import Testing
@testable import Storage

/// What the database engine reports leaves Storage as `StoreError`, whichever public call met it.
@Suite struct StoreErrorMappingTests {
    let folder: TemporaryFolder
    let store: Store

    init() throws {
        folder = try TemporaryFolder()
        store = try Store.create(at: folder.path("dues.sqlite")).store
        try store.database.execute("PRAGMA foreign_keys = OFF")
        for table in ["settings", "audit_log", "callers", "campaigns", "dues", "members", "branches"] {
            try store.database.execute("DROP TABLE \(table)")
        }
    }

    @Test func readsThatMeetAMissingTableThrowStoreError() {
        let calls: [(String, () throws -> Void)] = [
            ("setting", { _ = try store.setting(.demo) }), ("auditLog", { _ = try store.auditLog() }),
            ("callers", { _ = try store.callers() }), ("caller", { _ = try store.caller(named: "Kari") }),
            ("campaigns", { _ = try store.campaigns() }), ("campaign", { _ = try store.campaign(named: "Høst") }),
            ("member", { _ = try store.member(number: "1") }), ("dues", { _ = try store.dues(memberID: 1) }),
            ("branches", { _ = try store.branches() }), ("statusSummary", { _ = try store.statusSummary() }),
        ]
        for (name, call) in calls {
            do {
                try call()
                Issue.record("\(name) did not fail")
            } catch let error as StoreError {
                guard case .engine(_, let message) = error else { Issue.record("\(name): \(error)"); continue }
                #expect(message.contains("no such table"), "\(name): \(message)")
            } catch {
                Issue.record("\(name) threw \(type(of: error)): \(error)")
            }
        }
    }
}
