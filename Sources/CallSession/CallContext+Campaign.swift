import CallScreen
import Model
import Storage

extension CallContext {
    /// The call screen's context for `caller` on `campaign`: the campaign kind's outcomes with their sheet keys and
    /// labels in `language`, and the step each outcome needs before it is saved.
    public init(campaign: Campaign, caller: Caller, language: Model.Language, officeEmail: String?) {
        let outcomes = Outcome.outcomes(for: campaign.kind).compactMap { outcome -> OutcomeOption? in
            guard let key = outcome.key(in: campaign.kind) else { return nil }
            return OutcomeOption(
                code: outcome.rawValue, key: key, label: outcome.label(language),
                followUp: Self.followUp(outcome, campaign: campaign, language: language, officeEmail: officeEmail),
                asksFirst: outcome == .doNotCall)
        }
        self.init(
            campaignName: campaign.name, kind: campaign.kind.rawValue, callerName: caller.name,
            language: CallScreen.Language(language), outcomes: outcomes, undoWindow: Store.undoWindow,
            isKeepInTouch: campaign.isKeepInTouch)
    }

    /// The step between picking `outcome` and saving it.
    static func followUp(
        _ outcome: Outcome, campaign: Campaign, language: Model.Language, officeEmail: String?
    ) -> OutcomeFollowUp {
        switch outcome {
        case .willPay: return .confirmEmail
        case .wantsToResign: return .resignNotice(text: ResignNotice.text(language: campaign.language, officeEmail: officeEmail))
        case .callback: return .callbackTime
        case .welcomed:
            return .checklist(WelcomeChecklistItem.allCases.enumerated().map { index, item in
                ChecklistOption(code: item.rawValue, key: Character(String(index + 1)), label: item.label(language))
            })
        default: return .none
        }
    }
}
