import Model

/// Picks the Bokmål or English wording of a message.
struct Text {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    func callAsFunction(_ bokmal: String, _ english: String) -> String {
        language == .nb ? bokmal : english
    }
}
