/// Work an outcome leaves for the coordinator or the membership office.
public enum FollowUpKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Send new payment details (after `will_pay`).
    case paymentInfo = "payment-info"
    /// Check the payment the member says they made (after `paid_already`).
    case alreadyPaid = "already-paid"
    /// Send the member how to resign (after `wants_to_resign`).
    case resignInfo = "resign-info"
    /// Find a correct number (after `wrong_number`).
    case wrongNumber = "wrong-number"
    /// Tell the register about a death or a move (after `deceased`, `moved`).
    case registerUpdate = "register-update"
    /// The board's open welcome steps for a new member after `welcomed` (see `WelcomeTask`); one row per member
    /// with its open items, listed by `Store.welcomeTasks` rather than per call.
    case welcomeTasks = "welcome-tasks"
}
