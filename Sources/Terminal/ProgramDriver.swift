import CallScreen
import Foundation

/// Feeds events to a `CallProgram` and runs the effects it asks for, in order, through the caller's executor.
struct ProgramDriver {
    let program: CallProgram
    let executor: (Effect) -> Event?
    private(set) var state: CallState
    /// Set when the program asked to quit.
    private(set) var quit = false

    init(program: CallProgram, columns: Int, rows: Int, now: Date, executor: @escaping (Effect) -> Event?) {
        self.program = program
        self.executor = executor
        let (state, effects) = program.start(columns: columns, rows: rows, now: now)
        self.state = state
        run(effects, suspend: {})
    }

    /// Applies `event` and every effect that follows from it; `suspend` is called for `.suspend`.
    mutating func send(_ event: Event, suspend: () -> Void = {}) {
        guard !quit else { return }
        let (next, effects) = program.update(state, event)
        state = next
        run(effects, suspend: suspend)
    }

    private mutating func run(_ effects: [Effect], suspend: () -> Void) {
        var queue = effects[...]
        while let effect = queue.popFirst() {
            switch effect {
            case .quit:
                quit = true
                return
            case .suspend:
                suspend()
            default:
                guard let answer = executor(effect) else { continue }
                let (next, more) = program.update(state, answer)
                state = next
                queue.append(contentsOf: more)
            }
        }
    }
}
