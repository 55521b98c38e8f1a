import Model

/// What the volunteer tells a member who wants to resign: only the member can do it, by email to the office.
public enum ResignNotice {
    /// The notice in `language` (the campaign's, as it is said to the member), naming the office's address when known.
    public static func text(language: Model.Language, officeEmail: String?) -> String {
        let email = officeEmail?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        switch language {
        case .nb:
            let office = email.isEmpty ? "medlemskontoret" : "medlemskontoret på \(email)"
            return "Jeg kan dessverre ikke melde deg ut. Det er bare du selv som kan melde deg ut, "
                + "ved å sende en e-post til \(office). Skriv navnet ditt og medlemsnummeret ditt i e-posten."
        case .en:
            let office = email.isEmpty ? "the membership office" : "the membership office at \(email)"
            return "I'm afraid I cannot resign for you. Only you can resign your membership, "
                + "by sending an email to \(office). Put your name and membership number in the email."
        }
    }
}
