/// What a person reads for a stored code; the codes themselves stay English.
extension CampaignKind {
    /// `kontingent`/`dues`, `velkomst`/`welcome`.
    public func label(_ language: Language) -> String {
        switch self {
        case .dues: language == .nb ? "kontingent" : "dues"
        case .welcome: language == .nb ? "velkomst" : "welcome"
        }
    }
}

extension EntryStatus {
    /// The status of an entry on a call list, in lower case.
    public func label(_ language: Language) -> String {
        let nb = language == .nb
        return switch self {
        case .open: nb ? "åpen" : "open"
        case .done: nb ? "ferdig" : "done"
        case .paidSince: nb ? "betalt siden" : "paid since"
        case .waived: nb ? "fritatt" : "waived"
        case .leftRegister: nb ? "ute av registeret" : "left the register"
        case .exhausted: nb ? "forsøkene brukt opp" : "attempts used up"
        case .doNotCall: nb ? "ikke ring" : "do not call"
        }
    }
}

/// `åpen`/`open` or `lukket`/`closed`, for a campaign's stored status code `open` or `closed`.
public func campaignStateLabel(isOpen: Bool, _ language: Language) -> String {
    switch (isOpen, language) {
    case (true, .nb): "åpen"
    case (true, .en): "open"
    case (false, .nb): "lukket"
    case (false, .en): "closed"
    }
}

extension FollowUpKind {
    /// The queue's name, short enough for a spreadsheet tab (31 characters).
    public func label(_ language: Language) -> String {
        let nb = language == .nb
        return switch self {
        case .paymentInfo: nb ? "Betalingsinformasjon" : "Payment details"
        case .alreadyPaid: nb ? "Sier de har betalt" : "Says already paid"
        case .resignInfo: nb ? "Utmelding" : "Resignation"
        case .wrongNumber: nb ? "Feil nummer" : "Wrong number"
        case .registerUpdate: nb ? "Endring i registeret" : "Register update"
        case .welcomeTasks: nb ? "Velkomstoppgaver" : "Welcome tasks"
        }
    }
}
