/// A key derived from a passphrase, with the salt and limits that derived it: kept while a sealed file is worked,
/// so saving it again needs no second Argon2id run. The key bytes are wiped when the last reference goes.
public final class SealingKey: @unchecked Sendable {
    private(set) var key: [UInt8]
    let salt: [UInt8]
    let strength: KeyStrength

    init(key: [UInt8], salt: [UInt8], strength: KeyStrength) {
        self.key = key
        self.salt = salt
        self.strength = strength
    }

    deinit { Sodium.wipe(&key) }
}
