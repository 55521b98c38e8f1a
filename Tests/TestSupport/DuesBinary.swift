import Foundation

/// Runs the built `dues` executable, which SwiftPM puts beside the test bundle.
public enum DuesBinary {
    /// The result of one run.
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// The executable's location.
    public static var url: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: folder.appending(path: "dues").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appending(path: "dues")
    }

    /// This process's environment for a child `dues`: English, the test clock as `DUES_NOW`, no `DUES_DB`, then
    /// `extra` on top.
    public static func environment(adding extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "en_US.UTF-8"
        environment["DUES_NOW"] = TestClock.text
        environment.removeValue(forKey: "DUES_DB")
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs `dues` with `arguments` in `directory`, feeding `input` to standard input. Input is written and both
    /// outputs are read on their own threads, so a child that fills one pipe while another waits cannot deadlock.
    @discardableResult
    public static func run(
        _ arguments: [String], in directory: URL, input: String = "", environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = Self.environment(adding: environment)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = ReadInBackground(stdout.fileHandleForReading)
        let errors = ReadInBackground(stderr.fileHandleForReading)
        let written = WriteInBackground(Data(input.utf8), to: stdin.fileHandleForWriting)
        let out = output.data
        let err = errors.data
        written.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}

extension DuesBinary {
    /// A `dues` process that is still running, whose standard input is written when the test chooses.
    public final class Running: @unchecked Sendable {
        let process = Process()
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        private let lock = NSLock()
        private var output = Data()

        init(_ arguments: [String], in directory: URL, environment: [String: String]) throws {
            process.executableURL = DuesBinary.url
            process.arguments = arguments
            process.currentDirectoryURL = directory
            process.environment = DuesBinary.environment(adding: environment)
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = stderr
            stdout.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self else { return }
                self.lock.lock()
                self.output.append(data)
                self.lock.unlock()
            }
            try process.run()
        }

        /// Waits until standard output holds `text`; false after `timeout` seconds.
        public func waitForOutput(containing text: String, timeout: TimeInterval = 20) -> Bool {
            let deadline = Date() + timeout
            while Date() < deadline {
                lock.lock()
                let seen = String(decoding: output, as: UTF8.self).contains(text)
                lock.unlock()
                if seen { return true }
                Thread.sleep(forTimeInterval: 0.01)
            }
            return false
        }

        /// The process id, for signals.
        public var processIdentifier: Int32 { process.processIdentifier }

        /// Whether the process is still running.
        public var isRunning: Bool { process.isRunning }

        /// Writes `input` to standard input and leaves it open. A process that already exited does not kill the test
        /// with SIGPIPE: the write happens on a thread with the signal blocked, and simply fails.
        public func send(_ input: String) {
            let handle = stdin.fileHandleForWriting
            let written = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                var pipeSignal = sigset_t()
                sigemptyset(&pipeSignal)
                sigaddset(&pipeSignal, SIGPIPE)
                pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
                try? handle.write(contentsOf: Data(input.utf8))
                written.signal()
            }
            written.wait()
        }

        /// Standard output so far.
        public var outputSoFar: String {
            lock.withLock { String(decoding: output, as: UTF8.self) }
        }

        /// Sends `signal` (SIGKILL unless told) and waits for the process to end.
        /// Returns whether the signal ended it (false when it had already exited on its own).
        @discardableResult
        public func kill(_ signal: Int32 = SIGKILL) -> Bool {
            if process.isRunning { Foundation.kill(process.processIdentifier, signal) }
            process.waitUntilExit()
            try? stdin.fileHandleForWriting.close()
            return process.terminationReason == .uncaughtSignal && process.terminationStatus == signal
        }

        /// Waits for the process to end by itself and returns its result.
        public func wait() throws -> Result {
            try finish(input: "")
        }

        /// Writes `input`, closes standard input and waits for the process to end.
        public func finish(input: String) throws -> Result {
            let reading = ReadInBackground(stderr.fileHandleForReading)
            let written = WriteInBackground(Data(input.utf8), to: stdin.fileHandleForWriting)
            let errors = reading.data
            written.wait()
            process.waitUntilExit()
            stdout.fileHandleForReading.readabilityHandler = nil
            let rest = stdout.fileHandleForReading.readDataToEndOfFile()
            lock.lock()
            output.append(rest)
            let text = String(decoding: output, as: UTF8.self)
            lock.unlock()
            return Result(status: process.terminationStatus, stdout: text, stderr: String(decoding: errors, as: UTF8.self))
        }
    }

    /// Starts `dues` with `arguments` in `directory` (and `environment` on top of the tests' own) without writing
    /// its input yet.
    public static func start(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Running {
        try Running(arguments, in: directory, environment: environment)
    }
}
