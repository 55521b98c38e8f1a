import Foundation

extension Outcome {
    /// The outcome for a code typed on the command line (case-insensitive; `-` may stand for `_`),
    /// if it belongs to the campaign kind.
    public static func parse(_ code: String, kind: CampaignKind) throws -> Outcome {
        let normalised = code.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "-", with: "_")
        guard let outcome = Outcome(rawValue: normalised), outcomes(for: kind).contains(outcome) else {
            throw OutcomeError.unknown(code: code, kind: kind)
        }
        return outcome
    }
}

/// A code that is not an outcome of the campaign's kind.
public enum OutcomeError: BilingualError, Sendable, Hashable, CustomStringConvertible {
    case unknown(code: String, kind: CampaignKind)

    public func message(_ language: Language) -> String {
        switch self {
        case let .unknown(code, kind):
            let valid = Outcome.outcomes(for: kind).map(\.rawValue).joined(separator: ", ")
            return language == .nb
                ? "'\(code)' er ikke et utfall i en \(kind.rawValue)-kampanje; gyldige koder: \(valid)"
                : "'\(code)' is not an outcome for a \(kind.rawValue) campaign; valid codes: \(valid)"
        }
    }

    public var description: String { message(.en) }
}
