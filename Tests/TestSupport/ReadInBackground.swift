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

/// Writes data to a pipe and closes it on another thread, so a child that answers each line before reading the
/// next cannot fill its output pipe while the test is still blocked writing its input.
public final class WriteInBackground: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)

    public init(_ data: Data, to handle: FileHandle) {
        // A thread of its own with SIGPIPE blocked: a child that exits before reading everything makes the write
        // fail with EPIPE instead of killing the test process, and the pending signal goes away with the thread.
        Thread.detachNewThread {
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
            // What a child that exited early did not read does not matter.
            if !data.isEmpty { try? handle.write(contentsOf: data) }
            try? handle.close()
            self.done.signal()
        }
    }

    /// Waits until everything is written (or the reader went away) and the pipe is closed.
    public func wait() {
        done.wait()
        done.signal()
    }
}
