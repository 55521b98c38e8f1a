/// Warnings collected while importing: every one counted, the first few kept word for word.
public struct ImportWarnings: Sendable, Equatable {
    /// How many messages are kept.
    public static let keptLimit = 20

    public private(set) var count = 0
    public private(set) var messages: [String] = []

    public init() {}

    mutating func append(_ message: String) {
        count += 1
        if messages.count < Self.keptLimit { messages.append(message) }
    }

    /// Adds another collection's count and as many of its messages as fit.
    mutating func merge(_ other: ImportWarnings) {
        count += other.count
        messages += other.messages.prefix(max(0, Self.keptLimit - messages.count))
    }
}
