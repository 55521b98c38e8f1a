import Model

extension Campaign {
    /// The settings a call on this campaign reads out that `settings` lacks: those its script uses, and the
    /// membership office's email whenever a member can say they want to resign (the caller must tell them where to
    /// write). A session or a pack for the campaign must not start without them.
    public func missingSettings(in settings: [SettingKey: String]) -> [SettingKey] {
        var needed = Set(((try? ScriptTemplate(validating: script))?.fieldsWithoutFallback ?? []).compactMap(SettingKey.init(field:)))
        if Outcome.outcomes(for: kind).contains(.wantsToResign) { needed.insert(.membershipOfficeEmail) }
        return SettingKey.allCases.filter { needed.contains($0) && (settings[$0] ?? "").isEmpty }
    }
}
