/// An error whose message a person reads, in Bokmål and in English.
public protocol BilingualError: Error {
    /// The message in `language`.
    func message(_ language: Language) -> String
}
