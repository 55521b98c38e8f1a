import Foundation

/// What happens to a call-list entry after a call.
public enum EntryTransition: Sendable, Hashable {
    /// The entry is finished, with this status.
    case close(EntryStatus)
    /// The entry stays open and is offered again from this moment.
    case due(Date)
    /// The maximum number of attempts was reached without contact.
    case exhausted

    /// The entry's status after the transition.
    public var status: EntryStatus {
        switch self {
        case .close(let status): return status
        case .due: return .open
        case .exhausted: return .exhausted
        }
    }
}
