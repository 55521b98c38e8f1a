import CallScreen
import Model

extension CallScreen.Language {
    /// The call screen's language for a Model language (the two enums share their codes).
    public init(_ language: Model.Language) {
        switch language {
        case .nb: self = .nb
        case .en: self = .en
        }
    }
}
