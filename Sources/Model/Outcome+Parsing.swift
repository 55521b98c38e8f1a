import Foundation

extension Outcome {
    /// The outcome for what a volunteer or coordinator typed, if it belongs to the campaign kind: the key printed on
    /// the sheet and used by the call screen (`1`, `d`), the Bokmål or English label (`Ikke svar`, `no answer`),
    /// or the stored code (`no_answer`, `no-answer`); any case, spaces around ignored.
    public static func parse(_ text: String, kind: CampaignKind) throws -> Outcome {
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if typed.count == 1, let key = typed.first, let outcome = Outcome(key: key, kind: kind) { return outcome }
        let code = typed.replacingOccurrences(of: "-", with: "_")
        if let outcome = Outcome(rawValue: code), outcomes(for: kind).contains(outcome) { return outcome }
        let words = Self.words(typed)
        if let outcome = outcomes(for: kind).first(where: { outcome in
            [Language.nb, .en].contains { Self.words(outcome.label($0).lowercased()) == words }
        }) {
            return outcome
        }
        throw OutcomeError.unknown(code: text, kind: kind)
    }

    /// `ikke  svar`, `ikke-svar`, `ikke_svar` → `ikke svar`.
    private static func words(_ text: String) -> String {
        text.split { $0.isWhitespace || $0 == "-" || $0 == "_" }.joined(separator: " ")
    }
}

/// Text that is not an outcome of the campaign's kind.
public enum OutcomeError: BilingualError, Sendable, Hashable, CustomStringConvertible {
    case unknown(code: String, kind: CampaignKind)

    public func message(_ language: Language) -> String {
        switch self {
        case let .unknown(code, kind):
            let outcomes = Outcome.outcomes(for: kind)
            let keys = outcomes.compactMap { outcome in outcome.key(in: kind).map { "\($0) \(outcome.label(language))" } }
                .joined(separator: ", ")
            let codes = outcomes.map(\.rawValue).joined(separator: ", ")
            return language == .nb
                ? "'\(code)' er ikke et utfall i en \(kind.rawValue)-kampanje; skriv en tast (\(keys)), navnet eller en kode (\(codes))"
                : "'\(code)' is not an outcome for a \(kind.rawValue) campaign; type a key (\(keys)), the name or a code (\(codes))"
        }
    }

    public var description: String { message(.en) }
}
