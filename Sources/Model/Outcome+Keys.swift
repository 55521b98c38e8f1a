extension Outcome {
    /// The outcomes of a campaign kind in screen order (the order of the keys).
    ///
    /// Conversations first, then the calls that did not reach the member, then the rare ones.
    public static func outcomes(for kind: CampaignKind) -> [Outcome] {
        switch kind {
        case .dues:
            return [.willPay, .paidAlready, .callback, .declined, .wantsToResign,
                    .noAnswer, .voicemail, .busy, .wrongNumber, .doNotCall, .deceased, .moved]
        case .welcome:
            return [.welcomed, .callback, .noAnswer, .voicemail, .busy, .wrongNumber, .doNotCall]
        }
    }

    /// The key for this outcome in a campaign kind, the same on the printed sheet and the call screen;
    /// nil when the outcome does not belong to the kind.
    ///
    /// The first ten outcomes in screen order get `1`–`9` and `0`. The rest get the first letter of
    /// their (English, stored) code: `d` deceased, `m` moved. Letters the call screen uses for
    /// commands (`CallScreen.CommandKeys`) are never outcome keys; the call session's tests check that.
    public func key(in kind: CampaignKind) -> Character? {
        guard let index = Outcome.outcomes(for: kind).firstIndex(of: self) else { return nil }
        if index < Outcome.digitKeys.count { return Outcome.digitKeys[index] }
        return rawValue.first
    }

    /// The outcome a key stands for in a campaign kind (letters in either case); nil for other keys.
    public init?(key: Character, kind: CampaignKind) {
        let wanted = Character(key.lowercased())
        guard let outcome = Outcome.outcomes(for: kind).first(where: { $0.key(in: kind) == wanted }) else {
            return nil
        }
        self = outcome
    }

    private static let digitKeys: [Character] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"]
}
