import Foundation

/// Reads a pipe to its end on another thread, so a child that fills one pipe while the test drains the other
/// cannot deadlock.
public final class ReadInBackground: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var collected = Data()

    public init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.collected = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    /// Everything read, once the pipe has ended.
    public var data: Data {
        done.wait()
        done.signal()
        return collected
    }
}
