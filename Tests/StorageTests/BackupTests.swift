import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

/// Collects what a background writer did, across threads.
final class WriterLog: @unchecked Sendable {
    private let lock = NSLock()
    private var writes = 0
    private var errors: [String] = []

    func wrote() { lock.withLock { writes += 1 } }
    func failed(_ error: Error) { lock.withLock { errors.append("\(error)") } }
    var result: (writes: Int, errors: [String]) { lock.withLock { (writes, errors) } }
}

@Suite struct BackupTests {
    /// Adds callers from a second connection, as another dues process would, until `stop` is signalled.
    func startWriter(path: String, log: WriterLog, stop: DispatchSemaphore, done: DispatchSemaphore) {
        Thread.detachNewThread {
            defer { done.signal() }
            do {
                let other = try Store.open(at: path)
                var index = 0
                while stop.wait(timeout: .now()) == .timedOut {
                    index += 1
                    try other.addCaller(CallerDraft(name: "Skriver \(index)"))
                    log.wrote()
                }
            } catch {
                log.failed(error)
            }
        }
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func integrity(_ path: String) throws -> [String] {
        try Database(path: path).fetchAll("PRAGMA integrity_check") { $0[0] as String }
    }

    @Test func aBackupWhileAnotherConnectionWritesIsConsistentAndPrivate() throws {
        let fixture = try Fixture()
        let log = WriterLog(), stop = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        startWriter(path: fixture.store.path, log: log, stop: stop, done: done)
        while log.result.writes < 20 && log.result.errors.isEmpty { usleep(1_000) }
        var copies: [String] = []
        for index in 0..<3 {
            let copy = fixture.folder.path("backup-\(index).sqlite")
            try fixture.store.backup(to: copy)
            copies.append(copy)
        }
        stop.signal()
        done.wait()
        #expect(log.result.errors.isEmpty)
        var counts: [Int] = []
        for copy in copies {
            #expect(try mode(copy) == 0o600)
            #expect(try integrity(copy) == ["ok"])
            let store = try Store.open(at: copy)
            counts.append(try store.callers().count)
            #expect(try store.statusSummary().members == 30)
        }
        #expect(counts == counts.sorted())
        #expect(counts.first! > 20)
        #expect(throws: StoreError.self) { try fixture.store.backup(to: copies[0]) }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.url.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func aRestoreReplacesALiveDatabaseThatAnotherConnectionWritesTo() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let backup = fixture.folder.path("backup.sqlite")
        try store.backup(to: backup)
        try store.setSetting(.party, to: "Etter kopien")
        try store.database.run("DELETE FROM members WHERE member_number = '1000'")

        let log = WriterLog(), stop = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        startWriter(path: store.path, log: log, stop: stop, done: done)
        while log.result.writes < 10 && log.result.errors.isEmpty { usleep(1_000) }
        let backupBytes = FileManager.default.contents(atPath: backup)
        let result = try Store.restore(from: backup, into: store.path)
        let writesAtRestore = log.result.writes
        while log.result.writes < writesAtRestore + 10 && log.result.errors.isEmpty { usleep(1_000) }
        stop.signal()
        done.wait()

        #expect(log.result.errors.isEmpty)
        #expect(FileManager.default.contents(atPath: backup) == backupBytes)
        #expect(result.members == 30)
        #expect(result.beforeRestore == store.path + ".before-restore")
        #expect(try integrity(store.path) == ["ok"])
        #expect(try mode(store.path + ".before-restore") == 0o600)
        let kept = try Store.open(at: store.path + ".before-restore")
        #expect(try kept.setting(.party) == "Etter kopien")
        #expect(try kept.member(number: "1000") == nil)

        let reopened = try Store.open(at: store.path)
        #expect(try reopened.member(number: "1000") != nil)
        #expect(try reopened.setting(.party) != "Etter kopien")
        #expect(try store.member(number: "1000") != nil)
        try store.addCaller(CallerDraft(name: "Etter gjenoppretting"))
        #expect(try reopened.callers().contains { $0.name == "Etter gjenoppretting" })
        #expect(try reopened.auditLog(limit: 1000).contains { $0.action == "restore" })
        #expect(throws: StoreError.self) { try Store.restore(from: backup, into: store.path) }
    }

    @Test func restoreRefusesWhatIsNotAWholeDuesDatabase() throws {
        let fixture = try Fixture()
        let garbage = fixture.folder.path("garbage.sqlite")
        FileManager.default.createFile(atPath: garbage, contents: Data(repeating: 0x41, count: 8192))
        #expect(throws: StoreError.self) { try Store.restore(from: garbage, into: fixture.store.path) }

        let other = fixture.folder.path("other.sqlite")
        try Database(path: other, create: true).execute("CREATE TABLE t (x INTEGER)")
        #expect(throws: StoreError.self) { try Store.restore(from: other, into: fixture.store.path) }

        let stranger = try Fixture()
        let strangerBackup = fixture.folder.path("stranger.sqlite")
        try stranger.store.backup(to: strangerBackup)
        #expect(throws: StoreError.self) { try Store.restore(from: strangerBackup, into: fixture.store.path) }
        #expect(!FileManager.default.fileExists(atPath: fixture.store.path + ".before-restore"))
        #expect(try Store.restore(from: strangerBackup, into: fixture.folder.path("new.sqlite")).beforeRestore == nil)
        #expect(try mode(fixture.folder.path("new.sqlite")) == 0o600)
    }
}
