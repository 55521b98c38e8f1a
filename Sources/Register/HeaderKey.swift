import Foundation

/// The form headers and marks are compared in: lower case, without accents, `æ` as `ae`, `ø` and `å` as `o` and
/// `a`, and nothing but letters and digits, so "E-post", "e post" and "EPOST" are all `epost`.
enum HeaderKey {
    static func fold(_ text: String) -> String {
        var key = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "æ": key += "ae"
            case "ø": key += "o"
            case "å": key += "a"
            default:
                let base = String(scalar).folding(options: .diacriticInsensitive, locale: nil)
                for folded in base.unicodeScalars where folded.properties.isAlphabetic || ("0"..."9").contains(folded) {
                    key.unicodeScalars.append(folded)
                }
            }
        }
        return key
    }
}
