// libFuzzer target for the sealed-pack reader (`SealedFile.open`); built against Sources/Sealing by fuzz/run.
import Foundation
import Sealing

/// The passphrase the seeds in fuzz/corpus/sealed were sealed with.
private let passphrase = Array("fuzz passphrase".utf8)

/// Opens the input as a sealed pack, as `dues pack import` and `dues call --pack` do: a refusal is expected,
/// crashes and hangs are bugs. The header's Argon2id limits (bytes 9 to 16) are pinned to interactive: the reader
/// accepts up to 1 GiB and 10 passes, slow by design rather than a bug (the bounds are tested in SealingTests).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSealedPack(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    if bytes.count >= 17 {
        let limits = [KeyStrength.interactive.operations, KeyStrength.interactive.memory].flatMap { value in
            [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }
        }
        bytes.replaceSubrange(9..<17, with: limits)
    }
    do {
        let plain = try SealedFile.open(bytes, passphrase: passphrase)
        // What opens must seal again and open to the same bytes.
        let again = try SealedFile.open(try SealedFile.seal(plain, passphrase: passphrase, strength: .interactive), passphrase: passphrase)
        guard again == plain else { fatalError("a sealed file did not round-trip") }
    } catch is SealingError {
    } catch {
        fatalError("SealedFile.open threw something other than SealingError: \(error)")
    }
    return 0
}
