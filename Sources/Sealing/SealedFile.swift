/// The sealed format: a file only the passphrase opens, in which any changed, dropped, reordered or added byte is
/// detected.
///
///     offset  size  field
///          0     8  magic "DUESSEAL"
///          8     1  format version (1)
///          9     4  Argon2id passes, big-endian
///         13     4  Argon2id memory in bytes, big-endian
///         17    16  salt
///         33    24  secretstream header
///         57     …  chunks: a 4-byte big-endian length, then that many sealed bytes (at most 64 KiB of plain bytes
///                   each); the last chunk, and only the last, carries the final tag
///
/// Every chunk is bound to the 57 header bytes as associated data, so a changed header fails like a changed chunk.
/// The key is Argon2id of the passphrase with the salt (fresh for every new file): the same passphrase never gives
/// the same key twice. A file saved again after changes (`seal(_:with:)`) keeps its salt and key, under a fresh
/// random 24-byte stream header, the secretstream construction's nonce.
public enum SealedFile {
    static let magic = Array("DUESSEAL".utf8)
    static let version: UInt8 = 1
    static let headerLength = 57
    static let chunkLength = 64 * 1024

    /// Whether `bytes` start like a sealed file (any version).
    public static func isSealed(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: magic)
    }

    /// `plain` sealed with `passphrase`.
    public static func seal(_ plain: [UInt8], passphrase: [UInt8], strength: KeyStrength = .moderate) throws -> [UInt8] {
        seal(plain, with: try newKey(passphrase: passphrase, strength: strength))
    }

    /// A key for sealing a new file with `passphrase`, with a fresh random salt: Argon2id runs here, so a caller can
    /// derive it before taking a lock and seal with `seal(_:with:)` inside.
    public static func newKey(passphrase: [UInt8], strength: KeyStrength = .moderate) throws -> SealingKey {
        let salt = Sodium.randomBytes(KeyDerivation.saltLength)
        return SealingKey(
            key: try KeyDerivation.key(passphrase: passphrase, salt: salt, strength: strength), salt: salt, strength: strength)
    }

    /// `plain` sealed again with a key kept from `openKeepingKey(_:passphrase:)`: the same salt and limits (so the same
    /// passphrase opens it), a fresh random secretstream header (so no nonce is ever reused), and no second
    /// Argon2id run, which at moderate limits costs about a second each time.
    public static func seal(_ plain: [UInt8], with key: SealingKey) -> [UInt8] {
        let strength = key.strength, salt = key.salt
        var sealer = SecretStream.Sealer(key: key.key)
        var header = magic + [version]
        header += bigEndian(strength.operations) + bigEndian(strength.memory) + salt + sealer.header
        var output = header
        output.reserveCapacity(header.count + plain.count + (plain.count / chunkLength + 1) * (4 + SecretStream.overhead))
        var start = 0
        repeat {
            let end = min(start + chunkLength, plain.count)
            let sealed = sealer.seal(plain[start..<end], associated: header, isFinal: end == plain.count)
            output += bigEndian(UInt32(sealed.count)) + sealed
            start = end
        } while start < plain.count
        return output
    }

    /// The plain bytes of a sealed file, or the reason they cannot be had.
    public static func open(_ sealed: [UInt8], passphrase: [UInt8]) throws -> [UInt8] {
        try openKeepingKey(sealed, passphrase: passphrase).plain
    }

    /// The plain bytes of a sealed file and the key that opened it, to seal changes with `seal(_:with:)`.
    public static func openKeepingKey(_ sealed: [UInt8], passphrase: [UInt8]) throws -> (plain: [UInt8], key: SealingKey) {
        guard isSealed(sealed) else { throw SealingError.notSealed }
        guard sealed.count >= headerLength else { throw SealingError.truncated }
        guard sealed[8] == version else { throw SealingError.unsupportedVersion(Int(sealed[8])) }
        let header = Array(sealed[0..<headerLength])
        let strength = KeyStrength(operations: integer(header, at: 9), memory: integer(header, at: 13))
        guard strength.isAcceptable else { throw SealingError.unacceptableStrength }
        let salt = Array(header[17..<33])
        let key = SealingKey(
            key: try KeyDerivation.key(passphrase: passphrase, salt: salt, strength: strength), salt: salt, strength: strength)
        guard var opener = SecretStream.Opener(key: key.key, header: Array(header[33..<57])) else { throw SealingError.damaged }
        var plain: [UInt8] = []
        var offset = headerLength
        var chunks = 0
        while true {
            guard offset + 4 <= sealed.count else { throw SealingError.truncated }
            let length = Int(integer(sealed, at: offset))
            offset += 4
            guard length >= SecretStream.overhead, length <= chunkLength + SecretStream.overhead else { throw SealingError.damaged }
            guard offset + length <= sealed.count else { throw SealingError.truncated }
            guard let chunk = opener.open(sealed[offset..<offset + length], associated: header) else {
                throw chunks == 0 ? SealingError.wrongPassphraseOrDamaged : SealingError.damaged
            }
            plain += chunk.plain
            offset += length
            chunks += 1
            if chunk.isFinal { break }
        }
        guard offset == sealed.count else { throw SealingError.damaged }
        return (plain, key)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func integer(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
