// libFuzzer target for the call-pack reader; built against Sources/Storage by fuzz/run.
import Foundation
@testable import Storage

/// A private folder for this process: the database packs are merged into, and the input written as a pack file.
private let folder: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dues-pack-fuzz-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}()
nonisolated(unsafe) private let store = try! Store.create(at: folder.appendingPathComponent("dues.sqlite").path).store
private let pack = folder.appendingPathComponent("input.duespack").path

/// Merges the input as a call pack, as `dues pack import` does: a refusal is expected, crashes and hangs are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPack(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    PrivateFile.removeWithSidecars(pack)
    guard FileManager.default.createFile(atPath: pack, contents: Data(bytes: data, count: size)) else {
        fatalError("cannot write \(pack)")
    }
    do {
        _ = try store.importPack(at: pack)
    } catch {
        // SQLite's own errors leave Storage's API as they are here; the command line translates them.
        let error = StoreError.translated(error)
        guard error is PackError || error is StoreError else {
            fatalError("importPack threw something other than PackError or StoreError: \(error)")
        }
    }
    return 0
}
