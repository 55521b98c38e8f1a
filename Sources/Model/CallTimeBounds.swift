import Foundation

/// How far from now a call entered afterwards, and a callback, may lie: a year back, a year ahead, and a few minutes
/// of clock difference between the caller's watch and the computer. A time outside is a typing mistake (`1900`,
/// `2999`), and would sort the member's history or the callback queue wrong for good.
public enum CallTimeBounds {
    /// The most days a call entered from paper may lie in the past.
    public static let daysBack = 365
    /// The most days ahead a callback may be asked for.
    public static let callbackDaysAhead = 365
    /// How far into the future a call time may lie: the difference between two clocks.
    public static let clockSkew: TimeInterval = 5 * 60

    /// `time` when a call may have been made then; throws `CallTimeError` otherwise.
    public static func callTime(_ time: Date, now: Date, text: String) throws -> Date {
        guard time <= now + clockSkew else { throw CallTimeError.callInFuture(text) }
        guard time >= now - TimeInterval(daysBack * 86_400) else { throw CallTimeError.callTooLongAgo(text, days: daysBack) }
        return time
    }

    /// `time` when a callback may be asked for then; throws `CallTimeError` otherwise.
    public static func callback(_ time: Date, now: Date, text: String) throws -> Date {
        guard time <= now + TimeInterval(callbackDaysAhead * 86_400) else {
            throw CallTimeError.callbackTooFarAhead(text, days: callbackDaysAhead)
        }
        return time
    }
}

/// A time that can be read but lies outside `CallTimeBounds`.
public enum CallTimeError: BilingualError, Equatable, CustomStringConvertible {
    case callInFuture(String)
    case callTooLongAgo(String, days: Int)
    case callbackTooFarAhead(String, days: Int)

    public func message(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .callInFuture(let text):
            return nb ? "samtaletidspunktet '\(text)' ligger i framtida" : "the call time '\(text)' lies in the future"
        case .callTooLongAgo(let text, let days):
            return nb
                ? "samtaletidspunktet '\(text)' er mer enn \(days) dager siden; skriv inn samtaler fra det siste året"
                : "the call time '\(text)' is more than \(days) days ago; enter calls from the last year"
        case .callbackTooFarAhead(let text, let days):
            return nb
                ? "tilbakeringingen '\(text)' er mer enn \(days) dager fram i tid; velg en tid innen et år"
                : "the callback '\(text)' is more than \(days) days ahead; choose a time within a year"
        }
    }

    public var description: String { message(.en) }
}
