import Model

extension Store {
    /// The campaign's own SMS template, nil when it uses the default for its kind.
    public func smsTemplate(campaign name: String) throws -> String? {
        let stored = try read { database in
            try database.fetchOne("SELECT sms_template FROM campaigns WHERE name = ?", [name]) { $0[0] as String? }
        }
        guard let stored else { throw StoreError.notFound(kind: "campaign", name: name) }
        return stored
    }

    /// Replaces a campaign's SMS template after the checks a script gets (length, merge fields, braces, `{meeting}`
    /// only on welcome campaigns).
    public func setSMSTemplate(campaign name: String, to text: String) throws {
        let template = try ScriptTemplate(validating: text)
        try write { database in
            try Self.refuseMeetingField(in: template, kind: campaign(named: name).kind, what: .sms)
            guard try database.run("UPDATE campaigns SET sms_template = ? WHERE name = ?", [template.text, name]) == 1 else {
                throw StoreError.notFound(kind: "campaign", name: name)
            }
            try audit(database, "sms_template_set", subject: name)
        }
    }
}
