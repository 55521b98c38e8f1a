// libFuzzer target for restore's checks of a backup; built against Sources/Storage by fuzz/run.
import Foundation
import SQLite
@testable import Storage

private let folder: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dues-restore-fuzz-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}()
private let backup = folder.appendingPathComponent("backup.sqlite").path
private let target = folder.appendingPathComponent("dues.sqlite").path

/// Restores the input as a backup into a new database file: a refusal is expected, crashes and hangs are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRestore(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    for path in [backup, target, target + Store.beforeRestoreSuffix] { PrivateFile.removeWithSidecars(path) }
    guard FileManager.default.createFile(atPath: backup, contents: Data(bytes: data, count: size)) else {
        fatalError("cannot write \(backup)")
    }
    do {
        _ = try Store.restore(from: backup, into: target, allowOtherDatabase: true)
    } catch {
        // SQLite's own errors leave Storage's API as they are here; the command line translates them.
        let error = StoreError.translated(error)
        guard error is StoreError || error is MigrationError else {
            fatalError("restore threw something other than StoreError or MigrationError: \(error)")
        }
    }
    return 0
}
