import Model

/// Why a sealed file could not be opened or made.
public enum SealingError: Error, Equatable, Sendable, BilingualError, CustomStringConvertible {
    /// The file does not start like a sealed file.
    case notSealed
    /// A format version this build does not know: sealed by a newer `dues`.
    case unsupportedVersion(Int)
    /// The header asks for key-stretching limits outside what is accepted.
    case unacceptableStrength
    /// The first chunk does not open: the passphrase is wrong, or the file was changed.
    case wrongPassphraseOrDamaged
    /// A later chunk, a length or the end does not check out: the file was changed.
    case damaged
    /// The file ends before its final chunk.
    case truncated
    /// Argon2id could not get the memory it needs.
    case outOfMemory
    /// No passphrase was given.
    case emptyPassphrase

    public func message(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .notSealed: return nb ? "fila er ikke forseglet" : "the file is not sealed"
        case .unsupportedVersion(let version):
            return nb ? "fila er forseglet i format \(version), som denne versjonen av dues ikke kjenner; oppdater dues"
                : "the file is sealed in format \(version), which this version of dues does not know; update dues"
        case .unacceptableStrength:
            return nb ? "fila ber om nøkkelgrenser utenfor det som godtas; den er ikke laget av dues"
                : "the file asks for key limits outside what is accepted; dues did not make it"
        case .wrongPassphraseOrDamaged:
            return nb ? "feil passordfrase, eller fila er endret" : "wrong passphrase, or the file was changed"
        case .damaged: return nb ? "fila er skadet eller endret" : "the file is damaged or was changed"
        case .truncated: return nb ? "fila er avkuttet" : "the file is cut short"
        case .emptyPassphrase: return nb ? "passordfrasen er tom" : "the passphrase is empty"
        case .outOfMemory:
            return nb ? "ikke nok minne til å lage nøkkelen" : "not enough memory to derive the key"
        }
    }

    public var description: String { message(.en) }
}
