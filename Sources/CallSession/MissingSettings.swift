import Model
import Storage

/// Refuses a call session whose script, or whose resign notice, would read out a setting the branch has not set:
/// a volunteer must never give a member a blank where the membership office's address belongs.
public struct MissingSettings: Error, CustomStringConvertible, Equatable {
    /// The settings `dues settings set` must give.
    public let keys: [SettingKey]
    public let language: Model.Language

    public init(keys: [SettingKey], language: Model.Language) {
        self.keys = keys
        self.language = language
    }

    public var description: String {
        let names = keys.map { $0.commandName ?? $0.rawValue }
        let and = language == .nb ? " og " : " and "
        let commands = names.map { "`dues settings set \($0) …`" }.joined(separator: and)
        return language == .nb
            ? "Manuset trenger \(names.joined(separator: and)), som ikke er satt ennå. En koordinator setter det med \(commands)."
            : "The script needs \(names.joined(separator: and)), which is not set yet. A coordinator sets it with \(commands)."
    }

    /// Throws when `campaign` needs a setting that `settings` lacks.
    static func check(campaign: Campaign, settings: [SettingKey: String], language: Model.Language) throws {
        let missing = campaign.missingSettings(in: settings)
        if !missing.isEmpty { throw MissingSettings(keys: missing, language: language) }
    }
}
