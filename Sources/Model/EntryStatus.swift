/// Where a member's entry on a call list stands.
public enum EntryStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Still to be called (now, or when it is next due).
    case open
    /// Finished by an outcome (reached, declined, wrong number, …).
    case done
    /// The member paid after the list was cut; closed by an import or a manual payment mark.
    case paidSince = "paid_since"
    /// The member's dues for the year were waived after the list was cut; closed by an import or a manual mark.
    case waived
    /// The member is no longer in the register export; closed by an import.
    case leftRegister = "left_register"
    /// The maximum number of attempts was reached without contact.
    case exhausted
    /// The member asked never to be called; also flags the member for every campaign.
    case doNotCall = "do_not_call"

    /// True only for `open`.
    public var isOpen: Bool { self == .open }
}
