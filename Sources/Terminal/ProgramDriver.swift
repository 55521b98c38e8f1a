import CallScreen
import Foundation

/// Feeds events to a `CallProgram` and runs the effects it asks for, in order: inline through the executor
/// (plain mode, which reads the next line only after the answers), or on an `EffectWorker` (the full screen,
/// which keeps drawing meanwhile; `receive` applies the answers that came back).
struct ProgramDriver {
    let program: CallProgram
    let executor: (Effect) -> Event?
    private let worker: EffectWorker?
    private(set) var state: CallState
    /// Set when the program asked to quit and the effects before it have run.
    private(set) var quit = false

    init(program: CallProgram, columns: Int, rows: Int, now: Date, worker: EffectWorker? = nil,
         executor: @escaping (Effect) -> Event?) {
        self.program = program
        self.executor = executor
        self.worker = worker
        let (state, effects) = program.start(columns: columns, rows: rows, now: now)
        self.state = state
        run(effects, suspend: {})
    }

    /// Applies `event` and starts every effect that follows from it; `suspend` is called for `.suspend`.
    mutating func send(_ event: Event, suspend: () -> Void = {}) {
        guard !quit else { return }
        let (next, effects) = program.update(state, event)
        state = next
        run(effects, suspend: suspend)
    }

    /// Applies the answers the worker has sent back.
    mutating func receive(suspend: () -> Void = {}) {
        for answer in worker?.take() ?? [] {
            switch answer {
            case .quit: quit = true
            case .event(let event): send(event, suspend: suspend)
            }
        }
    }

    private mutating func run(_ effects: [Effect], suspend: () -> Void) {
        var queue = effects[...]
        while let effect = queue.popFirst() {
            switch effect {
            case .quit:
                if let worker { worker.submitQuit() } else { quit = true }
                return
            case .suspend:
                suspend()
            default:
                if let worker {
                    worker.submit(effect)
                    continue
                }
                guard let answer = executor(effect) else { continue }
                let (next, more) = program.update(state, answer)
                state = next
                queue.append(contentsOf: more)
            }
        }
    }
}
