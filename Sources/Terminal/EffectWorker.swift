import CallScreen
import Foundation
import Glibc

/// Runs a call screen's effects one at a time, in order, on a queue of its own, so that the screen keeps drawing
/// (the saving state, the clock) and reading keys while the database works or waits for a busy lock.
/// Answers come back in order from `take`; `wakeFD` becomes readable whenever one is waiting.
final class EffectWorker: @unchecked Sendable {
    /// What came back from the queue.
    enum Answer {
        case event(Event)
        /// Every effect submitted before the quit has run.
        case quit
    }

    private let executor: (Effect) -> Event?
    private let queue = DispatchQueue(label: "dues.call-screen.effects")
    private let lock = NSLock()
    private var ready: [Answer] = []
    private var cancelled = false
    private let wake: (read: Int32, write: Int32)

    /// The descriptor to poll for answers.
    var wakeFD: Int32 { wake.read }

    init(executor: @escaping (Effect) -> Event?) throws {
        self.executor = executor
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw TerminalError.system("pipe", errno) }
        wake = (fds[0], fds[1])
        _ = fcntl(wake.read, F_SETFL, fcntl(wake.read, F_GETFL) | O_NONBLOCK)
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    }

    deinit {
        close(wake.read)
        close(wake.write)
    }

    /// Queues `effect`; its answer, if any, comes back through `take`.
    func submit(_ effect: Effect) {
        queue.async { [self] in
            guard !isCancelled, let event = executor(effect) else { return }
            post(.event(event))
        }
    }

    /// Queues the quit, answered once the effects before it have run.
    func submitQuit() {
        queue.async { [self] in post(.quit) }
    }

    /// The answers waiting, in order.
    func take() -> [Answer] {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wake.read, &buffer, buffer.count) > 0 {}
        return lock.withLock {
            defer { ready = [] }
            return ready
        }
    }

    /// Drops the effects not yet started and waits for the one running, so nothing touches the session after the
    /// screen has ended.
    func stop() {
        lock.withLock { cancelled = true }
        queue.sync {}
    }

    private var isCancelled: Bool {
        lock.withLock { cancelled }
    }

    private func post(_ answer: Answer) {
        lock.withLock { ready.append(answer) }
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }
}
