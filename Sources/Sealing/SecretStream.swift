import CSodium

/// libsodium's `crypto_secretstream_xchacha20poly1305`: a sequence of authenticated chunks whose order, number and
/// end are authenticated too, so a reordered, dropped, changed or truncated chunk is detected.
enum SecretStream {
    static let keyLength = Int(crypto_secretstream_xchacha20poly1305_keybytes())
    static let headerLength = Int(crypto_secretstream_xchacha20poly1305_headerbytes())
    /// The bytes each chunk grows by when sealed.
    static let overhead = Int(crypto_secretstream_xchacha20poly1305_abytes())
    static let finalTag = crypto_secretstream_xchacha20poly1305_tag_final()
    static let messageTag = crypto_secretstream_xchacha20poly1305_tag_message()

    /// Seals chunks one after another.
    struct Sealer {
        private var state = crypto_secretstream_xchacha20poly1305_state()
        /// The stream's header, which the opener needs first.
        private(set) var header: [UInt8]

        init(key: [UInt8]) {
            precondition(Sodium.ready && key.count == SecretStream.keyLength)
            header = [UInt8](repeating: 0, count: SecretStream.headerLength)
            crypto_secretstream_xchacha20poly1305_init_push(&state, &header, key)
        }

        /// `chunk` sealed, bound to `associated` (authenticated, not encrypted); `isFinal` marks the stream's end.
        mutating func seal(_ chunk: ArraySlice<UInt8>, associated: [UInt8], isFinal: Bool) -> [UInt8] {
            var sealed = [UInt8](repeating: 0, count: chunk.count + SecretStream.overhead)
            var length: UInt64 = 0
            chunk.withUnsafeBufferPointer { plain in
                _ = crypto_secretstream_xchacha20poly1305_push(
                    &state, &sealed, &length, plain.baseAddress, UInt64(plain.count), associated,
                    UInt64(associated.count), isFinal ? SecretStream.finalTag : SecretStream.messageTag)
            }
            return sealed
        }
    }

    /// Opens the chunks a `Sealer` made, in order.
    struct Opener {
        private var state = crypto_secretstream_xchacha20poly1305_state()

        /// Nil when the header is not a stream header for this key.
        init?(key: [UInt8], header: [UInt8]) {
            precondition(Sodium.ready && key.count == SecretStream.keyLength)
            guard header.count == SecretStream.headerLength,
                  crypto_secretstream_xchacha20poly1305_init_pull(&state, header, key) == 0 else { return nil }
        }

        /// The chunk's plain bytes and whether it ended the stream; nil when it was not sealed by this stream, in this
        /// place, with `associated`.
        mutating func open(_ sealed: ArraySlice<UInt8>, associated: [UInt8]) -> (plain: [UInt8], isFinal: Bool)? {
            guard sealed.count >= SecretStream.overhead else { return nil }
            var plain = [UInt8](repeating: 0, count: sealed.count - SecretStream.overhead)
            var length: UInt64 = 0
            var tag: UInt8 = 0
            let status = sealed.withUnsafeBufferPointer { bytes in
                crypto_secretstream_xchacha20poly1305_pull(
                    &state, &plain, &length, &tag, bytes.baseAddress, UInt64(bytes.count), associated, UInt64(associated.count))
            }
            guard status == 0 else { return nil }
            return (plain, tag == SecretStream.finalTag)
        }
    }
}
