extension Outcome {
    /// A short label for keys, sheets and reports.
    public func label(_ language: Language) -> String {
        switch language {
        case .nb: return norwegianLabel
        case .en: return englishLabel
        }
    }

    private var norwegianLabel: String {
        switch self {
        case .willPay: return "Vil betale"
        case .paidAlready: return "Har betalt"
        case .wantsToResign: return "Vil melde seg ut"
        case .declined: return "Vil ikke betale"
        case .welcomed: return "Ønsket velkommen"
        case .callback: return "Ring tilbake"
        case .noAnswer: return "Ikke svar"
        case .busy: return "Opptatt"
        case .voicemail: return "Talepost"
        case .wrongNumber: return "Feil nummer"
        case .doNotCall: return "Ikke ring igjen"
        case .deceased: return "Død"
        case .moved: return "Flyttet"
        }
    }

    private var englishLabel: String {
        switch self {
        case .willPay: return "Will pay"
        case .paidAlready: return "Already paid"
        case .wantsToResign: return "Wants to resign"
        case .declined: return "Declined"
        case .welcomed: return "Welcomed"
        case .callback: return "Call back"
        case .noAnswer: return "No answer"
        case .busy: return "Busy"
        case .voicemail: return "Voicemail"
        case .wrongNumber: return "Wrong number"
        case .doNotCall: return "Do not call"
        case .deceased: return "Deceased"
        case .moved: return "Moved"
        }
    }
}
