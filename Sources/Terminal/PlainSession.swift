import CallScreen
import Foundation
import Glibc

/// Runs a `CallProgram` as plain prompts and lines, with no escape codes: for screen readers, dumb terminals,
/// pipes and scripts. Each line read stands for the keys `CallProgram.plainEvents` maps it to; the card is
/// printed when it changes, the status when it changes, then the prompt. End of input quits like Ctrl+C.
public final class PlainSession {
    public let input: Int32
    public let output: Int32
    private var pending: [UInt8] = []
    private var ended = false

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
    }

    /// Runs until the program quits or input ends; returns the exit status (0).
    public func run(program: CallProgram, now: @escaping () -> Date = Date.init,
                    executor: @escaping (Effect) -> Event?) -> Int32 {
        var driver = ProgramDriver(program: program, columns: 80, rows: 24, now: now(), executor: executor)
        var lastBody = ""
        var lastStatus = ""
        while true {
            let screen = program.plainView(driver.state)
            if screen.body != lastBody, !screen.body.isEmpty { FileIO.write(output, "\n" + screen.body + "\n") }
            if screen.status != lastStatus, !screen.status.isEmpty { FileIO.write(output, screen.status + "\n") }
            lastBody = screen.body
            lastStatus = screen.status
            if driver.quit { return 0 }
            FileIO.write(output, screen.prompt)
            driver.send(.tick(now()))
            guard let line = readLine() else {
                FileIO.write(output, "\n")
                driver.send(.key(.ctrl("c")))
                continue
            }
            for event in program.plainEvents(for: line, in: driver.state) { driver.send(event) }
        }
    }

    private func readLine() -> String? {
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeFirst(newline + 1)
                return line
            }
            if ended {
                guard !pending.isEmpty else { return nil }
                defer { pending = [] }
                return String(decoding: pending, as: UTF8.self)
            }
            if let bytes = FileIO.read(input) { pending += bytes } else { ended = true }
        }
    }
}
