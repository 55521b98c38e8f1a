import Foundation
import TestSupport
import Testing
@testable import SQLite

/// Text bound through an arena is stored exactly as text bound the usual way, batch after batch.
@Suite struct TextArenaTests {
    let folder: TemporaryFolder
    let database: Database

    init() throws {
        folder = try TemporaryFolder()
        database = try Database(path: folder.path("test.sqlite"), create: true)
        try database.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, s TEXT) STRICT")
    }

    /// Inserts `values` as rows numbered from `first`, `batch` rows per statement run, binding through `arena`.
    func insert(_ values: [String?], from first: Int, batch: Int, arena: TextArena) throws {
        let statement = try database.prepare(
            "INSERT INTO t (n, s) VALUES " + repeatElement("(?, ?)", count: batch).joined(separator: ", "))
        for start in stride(from: 0, to: values.count, by: batch) {
            arena.clear()
            for offset in 0..<batch {
                try statement.bind(first + start + offset, at: 2 * offset + 1)
                try statement.bind(values[start + offset], at: 2 * offset + 2, in: arena)
            }
            try statement.run()
            statement.clearBindings()
        }
    }

    func stored(from first: Int, count: Int) throws -> [String?] {
        try database.fetchAll("SELECT s FROM t WHERE n >= ? AND n < ? ORDER BY n", [first, first + count]) { $0[0] as String? }
    }

    @Test func valuesOfEveryShapeAreStoredAsBound() throws {
        let long = String(repeating: "æøå", count: TextArena.chunkSize / 2)
        let values: [String?] = ["", nil, "Kari Nordmann", "Åse Bjørg Hætta-Sara", long, "+4741234567", "👩‍👩‍👧", "x"]
        try insert(values, from: 0, batch: 4, arena: TextArena())
        #expect(try stored(from: 0, count: values.count) == values)
    }

    @Test func batchesThatFillSeveralChunksAndAreClearedBetweenKeepEachValue() throws {
        var generator = SeededGenerator(state: 7)
        let values: [String?] = (0..<4_000).map { number in
            number % 97 == 0 ? nil : "\(number)-" + String(repeating: "ø", count: Int.random(in: 0...200, using: &generator))
        }
        let arena = TextArena()
        try insert(values, from: 0, batch: 500, arena: arena)
        try insert(values.reversed(), from: 10_000, batch: 500, arena: arena)
        #expect(try stored(from: 0, count: values.count) == values)
        #expect(try stored(from: 10_000, count: values.count) == values.reversed())
    }
}
