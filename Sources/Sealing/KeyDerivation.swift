import CSodium

/// How hard a passphrase is stretched into a key: Argon2id's operations and memory limits.
public struct KeyStrength: Sendable, Equatable {
    /// Passes over memory.
    public let operations: UInt32
    /// Bytes of memory.
    public let memory: UInt32

    /// libsodium's "moderate" limits (3 passes, 256 MiB, about a second on an old laptop): a sealed pack is opened once
    /// per session, so the volunteer waits a second once, and a stolen file costs an attacker that per guess.
    public static let moderate = KeyStrength(
        operations: UInt32(crypto_pwhash_opslimit_moderate()), memory: UInt32(crypto_pwhash_memlimit_moderate()))
    /// libsodium's "interactive" limits (2 passes, 64 MiB), for tests and very small machines.
    public static let interactive = KeyStrength(
        operations: UInt32(crypto_pwhash_opslimit_interactive()), memory: UInt32(crypto_pwhash_memlimit_interactive()))

    /// What a file may ask for: from interactive up to 1 GiB and 10 passes, so a forged header can neither weaken the
    /// key below the floor nor make opening it exhaust the machine.
    public var isAcceptable: Bool {
        (Self.interactive.operations...10).contains(operations) && (Self.interactive.memory...(1 << 30)).contains(memory)
    }
}

/// Argon2id, as libsodium's `crypto_pwhash` computes it.
enum KeyDerivation {
    static let saltLength = Int(crypto_pwhash_saltbytes())

    /// The 32-byte secretstream key for `passphrase` with `salt` at `strength`.
    static func key(passphrase: [UInt8], salt: [UInt8], strength: KeyStrength) throws -> [UInt8] {
        precondition(Sodium.ready && salt.count == saltLength)
        guard !passphrase.isEmpty else { throw SealingError.emptyPassphrase }
        var key = [UInt8](repeating: 0, count: SecretStream.keyLength)
        let status = passphrase.withUnsafeBufferPointer { words in
            words.withMemoryRebound(to: CChar.self) { words in
                crypto_pwhash(
                    &key, UInt64(key.count), words.baseAddress!, UInt64(words.count), salt,
                    UInt64(strength.operations), Int(strength.memory), crypto_pwhash_ALG_ARGON2ID13)
            }
        }
        guard status == 0 else { throw SealingError.outOfMemory }
        return key
    }
}
