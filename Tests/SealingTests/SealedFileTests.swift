import Foundation
import Sealing
import Testing

/// The sealed format opens only with its passphrase, and any change to a sealed file is detected.
@Suite struct SealedFileTests {
    static let passphrase = Array("korrekt hest batteri stift".utf8)

    /// Plain bytes of `count` bytes that are not all alike.
    static func plain(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
    }

    static func seal(_ plain: [UInt8]) throws -> [UInt8] {
        try SealedFile.seal(plain, passphrase: passphrase, strength: .interactive)
    }

    @Test(arguments: [0, 1, 65_535, 65_536, 65_537, 200_000])
    func whatIsSealedOpensAgain(count: Int) throws {
        let plain = Self.plain(count)
        let sealed = try Self.seal(plain)
        #expect(SealedFile.isSealed(sealed))
        #expect(try SealedFile.open(sealed, passphrase: Self.passphrase) == plain)
    }

    /// Saving a worked pack again with the key kept at opening: the same passphrase opens it, the salt stays, the
    /// stream header (the nonce) is new each time, and the old key does not open a file with another salt.
    @Test func resealingWithAKeptKeyOpensWithThePassphraseUnderAFreshStreamHeader() throws {
        let first = try Self.seal(Self.plain(70_000))
        let (plain, key) = try SealedFile.openKeepingKey(first, passphrase: Self.passphrase)
        let changed = plain + [42]
        let second = SealedFile.seal(changed, with: key)
        let third = SealedFile.seal(changed, with: key)
        #expect(try SealedFile.open(second, passphrase: Self.passphrase) == changed)
        #expect(second[0..<33] == first[0..<33])
        #expect(second[33..<57] != first[33..<57] && second[33..<57] != third[33..<57])
        let other = try Self.seal(Self.plain(10))
        let forged = Array(other[0..<33]) + SealedFile.seal(changed, with: key)[33...]
        #expect(throws: SealingError.wrongPassphraseOrDamaged) { try SealedFile.open(forged, passphrase: Self.passphrase) }
    }

    @Test func generatedPassphrasesAreSixListedWordsAndDiffer() {
        let phrases = (0..<20).map { _ in PassphraseGenerator.generate() }
        #expect(Set(phrases).count == 20)
        for phrase in phrases {
            let words = phrase.split(separator: "-")
            #expect(words.count == PassphraseGenerator.wordCount)
            #expect(words.allSatisfy { $0.allSatisfy { ("a"..."z").contains($0) } })
        }
    }

    @Test func theSamePlainBytesSealDifferentlyEachTime() throws {
        let plain = Self.plain(1000)
        #expect(try Self.seal(plain) != Self.seal(plain))
    }

    @Test func aWrongPassphraseIsRefused() throws {
        let sealed = try Self.seal(Self.plain(100))
        #expect(throws: SealingError.wrongPassphraseOrDamaged) {
            try SealedFile.open(sealed, passphrase: Array("korrekt hest batteri stifT".utf8))
        }
    }

    @Test func anEmptyPassphraseIsRefused() throws {
        #expect(throws: SealingError.emptyPassphrase) { try SealedFile.seal([1, 2, 3], passphrase: [], strength: .interactive) }
    }

    @Test func everyChangedHeaderByteIsDetected() throws {
        let sealed = try Self.seal(Self.plain(70_000))
        for offset in 0..<57 {
            var changed = sealed
            changed[offset] ^= 0x01
            #expect(throws: SealingError.self, "byte \(offset)") { try SealedFile.open(changed, passphrase: Self.passphrase) }
        }
    }

    @Test func changedBodyBytesAreDetected() throws {
        let sealed = try Self.seal(Self.plain(140_000))
        var random = SystemRandomNumberGenerator()
        let offsets = [57, 58, 60, 61, sealed.count - 1] + (0..<25).map { _ in Int.random(in: 57..<sealed.count, using: &random) }
        for offset in offsets {
            var changed = sealed
            changed[offset] ^= 0x80
            #expect(throws: SealingError.self, "byte \(offset)") { try SealedFile.open(changed, passphrase: Self.passphrase) }
        }
    }

    @Test func aFileCutAtAnyChunkBoundaryOrInsideAChunkIsRefused() throws {
        let sealed = try Self.seal(Self.plain(140_000))
        let chunk = 4 + 65_536 + 17
        for end in [0, 8, 56, 57, 60, 57 + chunk, 57 + 2 * chunk, 57 + chunk + 100, sealed.count - 1] {
            #expect(throws: SealingError.self, "cut at \(end)") {
                try SealedFile.open(Array(sealed[..<end]), passphrase: Self.passphrase)
            }
        }
    }

    @Test func reorderedOrAddedChunksAreRefused() throws {
        let sealed = try Self.seal(Self.plain(140_000))
        let chunk = 4 + 65_536 + 17
        let first = sealed[57..<57 + chunk], second = sealed[57 + chunk..<57 + 2 * chunk]
        let swapped = Array(sealed[..<57]) + second + first + sealed[(57 + 2 * chunk)...]
        #expect(throws: SealingError.self) { try SealedFile.open(swapped, passphrase: Self.passphrase) }
        #expect(throws: SealingError.damaged) { try SealedFile.open(sealed + [0], passphrase: Self.passphrase) }
        let spliced = Array(sealed[..<57]) + first + first + sealed[(57 + chunk)...]
        #expect(throws: SealingError.self) { try SealedFile.open(spliced, passphrase: Self.passphrase) }
    }

    @Test func aHeaderFromANewerFormatOrWithForgedLimitsIsRefusedBeforeAnyWork() throws {
        let sealed = try Self.seal(Self.plain(10))
        var newer = sealed
        newer[8] = 2
        #expect(throws: SealingError.unsupportedVersion(2)) { try SealedFile.open(newer, passphrase: Self.passphrase) }
        var greedy = sealed
        greedy[13] = 0xFF // about 4 GiB of memory
        #expect(throws: SealingError.unacceptableStrength) { try SealedFile.open(greedy, passphrase: Self.passphrase) }
        var weak = sealed
        weak[9...12] = [0, 0, 0, 1]
        #expect(throws: SealingError.unacceptableStrength) { try SealedFile.open(weak, passphrase: Self.passphrase) }
        #expect(throws: SealingError.notSealed) { try SealedFile.open(Array("SQLite format 3\0".utf8), passphrase: Self.passphrase) }
    }

    @Test func theSealedBytesHoldNoneOfThePlainText() throws {
        let plain = Array(String(repeating: "Kari Nordmann 41234567 Tromsø; ", count: 500).utf8)
        let sealed = try Self.seal(plain)
        let text = String(decoding: sealed, as: UTF8.self)
        #expect(!text.contains("Kari") && !text.contains("41234567"))
    }
}
