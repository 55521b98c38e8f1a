import Model
/// Warnings collected while importing: every one counted, the first few kept word for word.
public struct ImportWarnings: Sendable, Equatable {
    /// How many messages are kept.
    public static let keptLimit = 20

    public private(set) var count = 0
    public private(set) var messages: [Wording] = []

    public init() {}

    mutating func append(_ message: Wording) {
        count += 1
        if messages.count < Self.keptLimit { messages.append(message) }
    }

    /// Adds `message` about the whole of `file`, prefixed with its name.
    mutating func append(_ message: Wording, file: String) {
        append(Wording("\(file): \(message.bokmal)", "\(file): \(message.english)"))
    }

    /// Adds another collection's count and as many of its messages as fit.
    mutating func merge(_ other: ImportWarnings) {
        count += other.count
        messages += other.messages.prefix(max(0, Self.keptLimit - messages.count))
    }
}
