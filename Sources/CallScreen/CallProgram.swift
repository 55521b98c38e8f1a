import Foundation

/// The call screen's pure core: `start`, `update` and `view` over `CallState`, with the environment they need.
public struct CallProgram: Sendable {
    /// The smallest window the layout fits in; below it the screen only says how large to make the window.
    public static let minimumColumns = 60
    public static let minimumRows = 18
    /// Keys with a fixed meaning on the member card; outcome keys must avoid them.
    public static let commandKeys: Set<Character> = CommandKeys.all

    public let context: CallContext
    /// Turns what the volunteer typed into a callback time relative to now, nil when it makes no sense.
    public let parseCallback: @Sendable (String, Date) -> Date?
    /// Whether colours may be used (false for `NO_COLOR`); bold, dim and reverse are used either way.
    public let color: Bool
    /// The time zone dates are shown in.
    public let timeZone: TimeZone

    public init(
        context: CallContext, color: Bool = true, timeZone: TimeZone = .current,
        parseCallback: @escaping @Sendable (String, Date) -> Date?
    ) {
        self.context = context
        self.color = color
        self.timeZone = timeZone
        self.parseCallback = parseCallback
    }

    /// The first state and the effects that fetch the first member and the progress.
    public func start(columns: Int, rows: Int, now: Date) -> (CallState, [Effect]) {
        let state = CallState(
            columns: columns, rows: rows, now: now, phase: .loading, progress: nil, note: "", lastLogged: nil,
            notice: nil, showsHelp: false, scriptOffset: 0)
        return (state, [.claimNext, .fetchProgress])
    }

    /// The interface text in the context's language.
    public var strings: Strings { Strings.for(context.language) }

    /// The notice for a saved outcome, with a callback's saved time in local time.
    func savedText(_ label: String, _ callbackAt: Date?) -> String {
        let dates = DateText(language: context.language, timeZone: timeZone)
        return Strings.fill(strings.saved, callbackAt.map { "\(label), \(dates.appointment($0))" } ?? label)
    }

    /// Seconds left to undo the last logged call, nil when nothing can be undone.
    public func undoSecondsLeft(_ state: CallState) -> Int? {
        guard let last = state.lastLogged else { return nil }
        let left = context.undoWindow - state.now.timeIntervalSince(last.at)
        return left > 0 ? Int(left.rounded(.up)) : nil
    }
}
