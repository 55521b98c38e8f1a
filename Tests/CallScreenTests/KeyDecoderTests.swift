import CallScreen
import Testing

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Decodes `input` whole, split at every offset into two reads, and byte by byte; all must agree.
private func expectDecodes(_ input: [UInt8], _ expected: [Event], sourceLocation: SourceLocation = #_sourceLocation) {
    var whole = KeyDecoder()
    #expect(whole.feed(input) + whole.flush() == expected, "whole", sourceLocation: sourceLocation)
    for split in 0...input.count {
        var decoder = KeyDecoder()
        let events = decoder.feed(input[..<split]) + decoder.feed(input[split...]) + decoder.flush()
        #expect(events == expected, "split at \(split)", sourceLocation: sourceLocation)
    }
    var single = KeyDecoder()
    let events = input.flatMap { single.feed([$0]) } + single.flush()
    #expect(events == expected, "byte by byte", sourceLocation: sourceLocation)
}

@Suite struct KeyDecoderTests {
    @Test func printableAndNorwegianLetters() {
        expectDecodes(bytes("aØæå€😀"), ["a", "Ø", "æ", "å", "€", "😀"].map { .key(.char(Character($0))) })
    }

    @Test func combiningMarkArrivesAsItsOwnScalar() {
        expectDecodes(bytes("a\u{308}"), [.key(.char("a")), .key(.char("\u{308}"))])
    }

    @Test func controlKeys() {
        expectDecodes([0x0D, 0x0A, 0x09, 0x7F, 0x08, 0x01, 0x03, 0x1A, 0x00, 0x1C],
                      [.key(.enter), .key(.enter), .key(.tab), .key(.backspace), .key(.backspace),
                       .key(.ctrl("a")), .key(.ctrl("c")), .key(.ctrl("z"))])
    }

    @Test func arrowsHomeEndInEveryForm() {
        let input = "\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D\u{1B}OA\u{1B}OD\u{1B}[H\u{1B}[1~\u{1B}OH\u{1B}[7~"
            + "\u{1B}[F\u{1B}[4~\u{1B}OF\u{1B}[8~\u{1B}[1;5C"
        expectDecodes(bytes(input), [.up, .down, .right, .left, .up, .left, .home, .home, .home, .home,
                                     .end, .end, .end, .end, .right].map(Event.key))
    }

    @Test func deletePagesInsertBackTab() {
        expectDecodes(bytes("\u{1B}[3~\u{1B}[5~\u{1B}[6~\u{1B}[2~\u{1B}[Z"),
                      [.delete, .pageUp, .pageDown, .insert, .backTab].map(Event.key))
    }

    @Test func altKeys() {
        expectDecodes(bytes("\u{1B}x\u{1B}ø"), [.key(.alt("x")), .key(.alt("ø"))])
    }

    @Test func loneEscapeNeedsFlush() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.hasPending)
        #expect(decoder.flush() == [.key(.escape)])
        #expect(!decoder.hasPending)
        #expect(decoder.feed([0x1B, 0x1B]) == [.key(.escape)])
        #expect(decoder.flush() == [.key(.escape)])
    }

    @Test func escapeFollowedByEnterIsEscapeThenEnter() {
        expectDecodes([0x1B, 0x0D], [.key(.escape), .key(.enter)])
    }

    @Test func bracketedPasteIsOneEvent() {
        let input = bytes("x\u{1B}[200~Hei på deg\r\nlinje 2 \u{1B}[A æ\u{1B}[201~y")
        expectDecodes(input, [.key(.char("x")), .paste("Hei på deg\r\nlinje 2 \u{1B}[A æ"), .key(.char("y"))])
    }

    @Test func emptyPaste() {
        expectDecodes(bytes("\u{1B}[200~\u{1B}[201~"), [.paste("")])
    }

    @Test func unknownSequencesAreSwallowed() {
        let input = "\u{1B}[15~\u{1B}[?1;2c\u{1B}]11;rgb:0000/0000/0000\u{7}\u{1B}]0;t\u{1B}\\\u{1B}OPa\u{1B}[201~b"
        expectDecodes(bytes(input), [.key(.char("a")), .key(.char("b"))])
    }

    @Test func invalidUTF8AndC1AreDropped() {
        expectDecodes([0xC3, 0x41, 0xFF, 0xC2, 0x9B, 0xED, 0xA0, 0x80, 0x62], [.key(.char("A")), .key(.char("b"))])
    }

    @Test func truncatedSequenceAtFlushBecomesEscapeAndKeys() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(bytes("\u{1B}[")) == [])
        #expect(decoder.flush() == [.key(.escape), .key(.char("["))])
    }

    @Test func runawaySequenceIsDroppedWithoutUnboundedBuffering() {
        let input = bytes("\u{1B}[" + String(repeating: "1;", count: 100) + "Ba")
        var decoder = KeyDecoder()
        var events: [Event] = []
        for chunk in stride(from: 0, to: input.count, by: 16) {
            events += decoder.feed(input[chunk..<min(chunk + 16, input.count)])
            #expect(chunk < 80 || !decoder.hasPending || events.isEmpty)
        }
        #expect(events == [.key(.char("a"))])
    }

    @Test func anOverlongSequenceIsDroppedWhetherItArrivesWholeOrInPieces() {
        let input = bytes("\u{1B}x\u{1B}OH\u{1B}[" + String(repeating: ">", count: 11) + String(repeating: "-", count: 60) + "A>F")
        var whole = KeyDecoder()
        let expected = whole.feed(input) + whole.flush()
        #expect(expected == [.key(.alt("x")), .key(.home), .key(.char(">")), .key(.char("F"))])
        for size in 1...9 {
            var chunked = KeyDecoder()
            var events: [Event] = []
            for start in stride(from: 0, to: input.count, by: size) {
                events += chunked.feed(input[start..<min(start + size, input.count)])
            }
            #expect(events + chunked.flush() == expected, "chunks of \(size)")
        }
    }

    @Test func unfinishedPasteIsDeliveredOnFlush() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(bytes("\u{1B}[200~abc\u{1B}[20")) == [])
        #expect(decoder.isInPaste)
        #expect(decoder.flush() == [.paste("abc\u{1B}[20")])
    }
}
