import CallScreen
import Foundation
import Glibc

/// Runs a `CallProgram` as plain prompts and lines, with no escape codes: for screen readers, dumb terminals,
/// pipes and scripts. Each line read stands for the keys `CallProgram.plainEvents` maps it to, after a yes to
/// `CallProgram.plainQuestion` when it asks one; the status is printed when it reports something new, the card
/// when it changes, then the prompt. End of input quits like Ctrl+C.
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
        var lastStatus = PlainScreen(body: "", status: "", prompt: "").statusKey
        while true {
            let screen = program.plainView(driver.state)
            // The status first: "Saved" belongs to the member before the card that follows it.
            if screen.statusKey != lastStatus, !screen.status.isEmpty { FileIO.write(output, "\n" + screen.status + "\n") }
            if screen.body != lastBody, !screen.body.isEmpty { FileIO.write(output, "\n" + screen.body + "\n") }
            lastBody = screen.body
            lastStatus = screen.statusKey
            if driver.quit { return 0 }
            FileIO.write(output, screen.prompt)
            driver.send(.tick(now()))
            guard let line = readLine() else {
                endOfInput(&driver)
                continue
            }
            if let question = program.plainQuestion(for: line, in: driver.state) {
                FileIO.write(output, question + " ")
                guard let answer = readLine() else {
                    endOfInput(&driver)
                    continue
                }
                guard program.plainConfirms(answer) else {
                    FileIO.write(output, program.strings.notSaved + "\n")
                    continue
                }
            }
            for event in program.plainEvents(for: line, in: driver.state) { driver.send(event) }
        }
    }

    /// End of input quits like Ctrl+C.
    private func endOfInput(_ driver: inout ProgramDriver) {
        FileIO.write(output, "\n")
        driver.send(.key(.ctrl("c")))
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
