import Foundation
import Spreadsheet

/// Reads and parses a file's rows on a thread of its own while the importing thread writes the rows before them
/// into the database: reading and writing take about as long as each other, so on two cores an import takes about
/// half as long. Rows arrive in file order, a batch at a time; the reader keeps at most `depth` batches ready, so
/// memory stays bounded however long the file is. A reading or parsing error arrives after the rows before it.
final class ParsedRowStream: @unchecked Sendable {
    /// One parsed member and the file row it came from.
    struct Item {
        let member: ParsedMember
        let row: Int
    }

    static let batchSize = 1_024
    static let depth = 4

    private let read: () throws -> TableRow?
    private let parser: RowParser
    /// The parser's warnings; written by the reading thread only, read only after `close()`.
    private var parsedWarnings = ImportWarnings()

    private let condition = NSCondition()
    private var ready: [[Item]] = []
    private var failure: Error?
    private var readerDone = false
    private var closed = false

    /// Starts reading: `read` gives the next row of the file, or nil at its end. Until `close()` returns, `read` is
    /// called from the reading thread only.
    init(parser: RowParser, read: @escaping () throws -> TableRow?) {
        self.parser = parser
        self.read = read
        let thread = Thread { [self] in produce() }
        thread.name = "dues-import-reader"
        thread.start()
    }

    /// The next batch of parsed rows, in file order; nil after the last.
    /// - Throws: the first error reading or parsing the file, once the rows before it have been taken.
    func next() throws -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !readerDone { condition.wait() }
        if !ready.isEmpty {
            condition.broadcast()
            return ready.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the reader if it is still going, waits for it, and returns the parser's warnings.
    @discardableResult
    func close() -> ImportWarnings {
        condition.lock()
        closed = true
        condition.broadcast()
        while !readerDone { condition.wait() }
        condition.unlock()
        return parsedWarnings
    }

    private func produce() {
        var batch: [Item] = []
        batch.reserveCapacity(Self.batchSize)
        var failure: Error?
        do {
            while let row = try read() {
                batch.append(Item(member: try parser.parse(row, warnings: &parsedWarnings), row: row.number))
                if batch.count == Self.batchSize {
                    guard hand(batch) else { break }
                    batch.removeAll(keepingCapacity: true)
                }
            }
        } catch {
            failure = error
        }
        condition.lock()
        if !batch.isEmpty { ready.append(batch) }
        self.failure = failure
        readerDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// Queues a full batch, waiting while `depth` are ready; false when the stream was closed.
    private func hand(_ batch: [Item]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= Self.depth && !closed { condition.wait() }
        guard !closed else { return false }
        ready.append(batch)
        condition.broadcast()
        return true
    }
}
