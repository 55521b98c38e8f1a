import Foundation

/// Normalisation and a sensible validity check for email addresses.
public enum Email {
    /// The address trimmed and lower-cased, or nil when empty or not plausibly an address:
    /// exactly one `@`, a non-empty local part, a domain with a dot and non-empty labels,
    /// no whitespace, control characters or characters that never appear in addresses.
    public static func normalize(_ text: String) -> String? {
        let address = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !address.isEmpty, address.count <= 254 else { return nil }
        let forbidden: Set<Character> = ["<", ">", "(", ")", "[", "]", ",", ";", ":", "\\", "\""]
        for character in address {
            if character.isWhitespace || forbidden.contains(character) { return nil }
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                return nil
            }
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let local = parts[0], domain = parts[1]
        guard !local.isEmpty, local.count <= 64, !local.hasPrefix("."), !local.hasSuffix("."),
              !local.contains("..") else { return nil }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
              let top = labels.last, top.count >= 2, !top.allSatisfy(\.isNumber) else { return nil }
        return address
    }
}
