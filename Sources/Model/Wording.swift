/// A sentence a person reads, in Bokmål and in English: for errors and warnings made far from the command line,
/// which pick one only when shown.
public struct Wording: Sendable, Hashable {
    public let bokmal: String
    public let english: String

    public init(_ bokmal: String, _ english: String) {
        self.bokmal = bokmal
        self.english = english
    }

    /// The sentence in `language`.
    public func callAsFunction(_ language: Language) -> String {
        language == .nb ? bokmal : english
    }
}
