import CSodium

/// libsodium, initialised once, with the few primitives the sealed format needs.
enum Sodium {
    /// Initialises libsodium (safe to call from any thread, any number of times).
    static let ready: Bool = sodium_init() >= 0

    /// `count` bytes from the operating system's secure random source.
    static func randomBytes(_ count: Int) -> [UInt8] {
        precondition(ready, "libsodium could not be initialised")
        var bytes = [UInt8](repeating: 0, count: count)
        randombytes_buf(&bytes, count)
        return bytes
    }

    /// A uniformly random number below `bound`.
    static func random(below bound: UInt32) -> UInt32 {
        precondition(ready, "libsodium could not be initialised")
        return randombytes_uniform(bound)
    }

    /// Overwrites `bytes` with zeros in a way the compiler does not remove.
    static func wipe(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBytes { sodium_memzero($0.baseAddress, $0.count) }
    }
}
