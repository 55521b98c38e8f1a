import Foundation
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct HealthTests {
    let folder: TemporaryFolder
    let path: String

    init() throws {
        folder = try TemporaryFolder()
        path = folder.path("dues.sqlite")
        let store = try Store.create(at: path).store
        for number in 0..<400 {
            try store.database.run("""
                INSERT INTO members (member_number, first_name, last_name, created_at, updated_at)
                VALUES (?, 'Kari', ?, 0, 0)
                """, [String(number), String(repeating: "Nordmann", count: 20)])
        }
    }

    @Test func aHealthyDatabasePassesEveryCheck() {
        let checks = Store.diagnose(path: path)
        #expect(checks.filter { !$0.ok } == [])
        #expect(Set(checks.map(\.name)).isSuperset(of: ["quick_check", "integrity_check", "foreign_key_check", "journal_mode", "schema"]))
    }

    @Test func flagsAFileOthersCanRead() throws {
        chmod(path, 0o644)
        let failed = Store.diagnose(path: path).filter { !$0.ok }
        #expect(failed.map(\.name) == ["permissions dues.sqlite"])
    }

    @Test func reportsADamagedPage() throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        let size = try handle.seekToEnd()
        #expect(size > 16_384)
        try handle.seek(toOffset: size - 8_192)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 4_096))
        try handle.close()
        let failed = Store.diagnose(path: path).filter { !$0.ok }.map(\.name)
        #expect(failed.contains("quick_check") || failed.contains("open"))
    }

    @Test func reportsAMissingFile() {
        let checks = Store.diagnose(path: folder.path("nothing.sqlite"))
        #expect(checks.count == 1 && !checks[0].ok)
    }
}
