/// One thing the XML scanner found. The byte buffers point into the scanner's window and stay valid only until the
/// next call to `XMLScanner.next()`.
enum XMLEvent {
    /// A start tag, by its local name (`x:row` → `row`); its attributes are in `XMLScanner.attribute(_:)`.
    /// A self-closing tag comes as a start followed by an end.
    case start(UnsafeBufferPointer<UInt8>)
    /// An end tag, by its local name.
    case end(UnsafeBufferPointer<UInt8>)
    /// Character data inside the root element, references decoded and line ends normalised; one run of text may
    /// arrive as several events (CDATA sections arrive as text, as they are).
    case text(UnsafeBufferPointer<UInt8>)
    case endOfDocument
}

/// A streaming, non-validating XML scanner over UTF-8 bytes, for the large parts of a workbook (sheets and
/// shared strings): a state machine over a window of decompressed chunks that checks the document is well formed
/// (names, attribute syntax, nesting by a hash of the element names, one root, references, characters) and refuses
/// document type declarations, so no entity is ever defined or expanded.
struct XMLScanner {
    /// The deepest nesting accepted (libxml2's default limit too).
    static let maxDepth = 256

    private struct Attribute {
        let name: Int
        let nameCount: Int
        let value: Int
        var valueCount: Int
        let hasReference: Bool
    }

    private enum Step {
        case event(XMLEvent)
        case skipped
        case incomplete
    }

    private let window: ByteWindow
    private var bytes: UnsafeMutablePointer<UInt8>
    private var end: Int
    private var position = 0
    private let nameStart = XMLBytes.nameStart
    private let nameChar = XMLBytes.nameChar
    private let textStop = XMLBytes.textStop
    private var attributes: [Attribute] = []
    private var attributeCount = 0
    /// A hash of the qualified name of each open element, to match end tags with.
    private var openNames: [UInt64] = []
    private var depth = 0
    private var seenRoot = false
    private var rootClosed = false
    private var pendingEnd: (start: Int, count: Int)?

    /// - Parameter maxToken: the longest tag, reference or CDATA section accepted, in bytes.
    init(input: ByteInput, maxToken: Int) throws {
        window = ByteWindow(input: input, limit: maxToken)
        while window.count < 4, try window.refill(keepingFrom: 0) {}
        bytes = window.bytes
        end = window.count
        if end >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            position = 3
        } else if end >= 2 && (bytes[0] == 0 || bytes[1] == 0 || bytes[0] == 0xFE || bytes[0] == 0xFF) {
            throw XMLScanError("the XML is not encoded as UTF-8")
        }
    }

    /// Stops reading the input.
    func close() { window.close() }

    /// The value of the current start tag's attribute with this qualified name, references decoded.
    func attribute(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        let wanted = name.utf8Start
        for slot in 0..<attributeCount where attributes[slot].nameCount == name.utf8CodeUnitCount {
            let attribute = attributes[slot]
            var index = 0
            while index < attribute.nameCount && bytes[attribute.name + index] == wanted[index] { index += 1 }
            if index == attribute.nameCount {
                return UnsafeBufferPointer(start: bytes + attribute.value, count: attribute.valueCount)
            }
        }
        return nil
    }

    /// Every attribute of the current start tag by its local name (`r:id` → `id`), references decoded; for the small
    /// parts of a workbook, whose callers want several.
    func attributesByLocalName() -> [String: String] {
        var result: [String: String] = [:]
        for slot in 0..<attributeCount {
            let attribute = attributes[slot]
            var local = attribute.name
            for index in attribute.name..<(attribute.name + attribute.nameCount) where bytes[index] == UInt8(ascii: ":") {
                local = index + 1
            }
            let name = String(decoding: UnsafeBufferPointer(start: bytes + local, count: attribute.name + attribute.nameCount - local), as: UTF8.self)
            result[name] = String(decoding: UnsafeBufferPointer(start: bytes + attribute.value, count: attribute.valueCount), as: UTF8.self)
        }
        return result
    }

    /// The next event; throws `XMLScanError` where the XML is not well formed or not acceptable.
    mutating func next() throws -> XMLEvent {
        if let pending = pendingEnd {
            pendingEnd = nil
            if depth == 0 { rootClosed = true }
            return .end(UnsafeBufferPointer(start: bytes + pending.start, count: pending.count))
        }
        while true {
            if position == end {
                guard try refill() else { return try endOfDocument() }
                continue
            }
            let byte = bytes[position]
            guard textStop[Int(byte)] else {
                let start = position
                var index = position + 1
                while index < end && !textStop[Int(bytes[index])] { index += 1 }
                position = index
                if let event = try text(start, index - start) { return event }
                continue
            }
            switch byte {
            case XMLBytes.lessThan:
                switch try markup() {
                case .event(let event): return event
                case .skipped: continue
                case .incomplete:
                    guard try refill() else { throw XMLScanError("the XML ends inside a tag") }
                }
            case XMLBytes.ampersand:
                switch try reference() {
                case .event(let event): return event
                case .skipped: continue
                case .incomplete:
                    guard try refill() else { throw XMLScanError("the XML ends inside an entity reference") }
                }
            case XMLBytes.carriageReturn:
                if position + 1 == end, try refill() { continue }
                bytes[position] = XMLBytes.lineFeed
                let start = position
                position += 1
                if position < end && bytes[position] == XMLBytes.lineFeed { position += 1 }
                if let event = try text(start, 1) { return event }
            default:
                throw XMLScanError("the XML holds a control character (\(byte))")
            }
        }
    }

    private mutating func refill() throws -> Bool {
        let more = try window.refill(keepingFrom: position)
        bytes = window.bytes
        end = window.count
        position = 0
        return more
    }

    private func endOfDocument() throws -> XMLEvent {
        guard rootClosed else {
            throw XMLScanError(seenRoot ? "the XML ends before its elements are closed" : "the XML has no root element")
        }
        return .endOfDocument
    }

    /// Character data; outside the root element only white space is allowed, and it is dropped.
    private func text(_ start: Int, _ count: Int) throws -> XMLEvent? {
        guard depth == 0 else { return .text(UnsafeBufferPointer(start: bytes + start, count: count)) }
        for index in start..<start + count where !XMLBytes.isSpace(bytes[index]) {
            throw XMLScanError("the XML has text outside its root element")
        }
        return nil
    }

    /// `&…;` at `position`, decoded in place and returned as text.
    private mutating func reference() throws -> Step {
        var index = position + 1
        while index < end && index - position <= 40 && (nameChar[Int(bytes[index])] || bytes[index] == 0x23) {
            index += 1
        }
        guard index < end else { return .incomplete }
        guard bytes[index] == XMLBytes.semicolon else {
            throw XMLScanError("an entity reference is not closed with \";\"")
        }
        let scalar = try XMLBytes.referencedScalar(
            UnsafeBufferPointer(start: bytes + position + 1, count: index - position - 1))
        let start = position
        let count = XMLBytes.encode(scalar, into: bytes + start)
        position = index + 1
        return try text(start, count).map { .event($0) } ?? .skipped
    }

    private mutating func markup() throws -> Step {
        guard position + 1 < end else { return .incomplete }
        switch bytes[position + 1] {
        case XMLBytes.slash: return try endTag()
        case UInt8(ascii: "?"): return try instruction()
        case UInt8(ascii: "!"): return try declaration()
        default: return try startTag()
        }
    }

    private mutating func startTag() throws -> Step {
        guard nameStart[Int(bytes[position + 1])] else { throw XMLScanError("a tag has no valid name") }
        let (local, hash, nameEnd) = name(at: position + 1)
        var index = nameEnd
        attributeCount = 0
        var selfClosing = false
        while true {
            let spaced = index
            while index < end && XMLBytes.isSpace(bytes[index]) { index += 1 }
            guard index < end else { return .incomplete }
            let byte = bytes[index]
            if byte == XMLBytes.greaterThan {
                index += 1
                break
            }
            if byte == XMLBytes.slash {
                guard index + 1 < end else { return .incomplete }
                guard bytes[index + 1] == XMLBytes.greaterThan else { throw XMLScanError("a tag is not well formed") }
                selfClosing = true
                index += 2
                break
            }
            guard index > spaced, nameStart[Int(byte)] else { throw XMLScanError("a tag is not well formed") }
            let name = index
            index += 1
            while index < end && nameChar[Int(bytes[index])] { index += 1 }
            let nameCount = index - name
            while index < end && XMLBytes.isSpace(bytes[index]) { index += 1 }
            guard index < end else { return .incomplete }
            guard bytes[index] == XMLBytes.equals else { throw XMLScanError("an attribute has no value") }
            index += 1
            while index < end && XMLBytes.isSpace(bytes[index]) { index += 1 }
            guard index < end else { return .incomplete }
            let quote = bytes[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw XMLScanError("an attribute value is not quoted")
            }
            index += 1
            let value = index
            var hasReference = false
            while index < end && bytes[index] != quote {
                if bytes[index] == XMLBytes.lessThan { throw XMLScanError("an attribute value holds \"<\"") }
                if bytes[index] == XMLBytes.ampersand { hasReference = true }
                index += 1
            }
            guard index < end else { return .incomplete }
            let attribute = Attribute(name: name, nameCount: nameCount, value: value, valueCount: index - value,
                                      hasReference: hasReference)
            if attributeCount < attributes.count {
                attributes[attributeCount] = attribute
            } else {
                attributes.append(attribute)
            }
            attributeCount += 1
            index += 1
        }
        for slot in 0..<attributeCount where attributes[slot].hasReference {
            attributes[slot].valueCount = try XMLBytes.decodeReferences(bytes + attributes[slot].value,
                                                                         count: attributes[slot].valueCount)
        }
        if depth == 0 {
            guard !rootClosed else { throw XMLScanError("the XML has more than one root element") }
            seenRoot = true
        }
        position = index
        if selfClosing {
            pendingEnd = (local, nameEnd - local)
        } else {
            guard depth < XMLScanner.maxDepth else { throw XMLScanError("the XML is nested too deeply") }
            if depth < openNames.count {
                openNames[depth] = hash
            } else {
                openNames.append(hash)
            }
            depth += 1
        }
        return .event(.start(UnsafeBufferPointer(start: bytes + local, count: nameEnd - local)))
    }

    /// The element name that starts at `start`: where its local part begins (after any prefix), its hash, and
    /// the index after it.
    private func name(at start: Int) -> (local: Int, hash: UInt64, end: Int) {
        var index = start + 1
        var local = start
        var hash = XMLScanner.hash(XMLScanner.hashSeed, bytes[start])
        while index < end && nameChar[Int(bytes[index])] {
            if bytes[index] == XMLBytes.colon { local = index + 1 }
            hash = XMLScanner.hash(hash, bytes[index])
            index += 1
        }
        return (local, hash, index)
    }

    private mutating func endTag() throws -> Step {
        guard position + 2 < end else { return .incomplete }
        guard nameStart[Int(bytes[position + 2])] else { throw XMLScanError("a closing tag has no valid name") }
        let (local, hash, nameEnd) = name(at: position + 2)
        var index = nameEnd
        while index < end && XMLBytes.isSpace(bytes[index]) { index += 1 }
        guard index < end else { return .incomplete }
        guard bytes[index] == XMLBytes.greaterThan else { throw XMLScanError("a closing tag is not well formed") }
        guard depth > 0 else { throw XMLScanError("a closing tag has no element to close") }
        guard openNames[depth - 1] == hash else { throw XMLScanError("a closing tag does not match the open element") }
        depth -= 1
        if depth == 0 { rootClosed = true }
        position = index + 1
        return .event(.end(UnsafeBufferPointer(start: bytes + local, count: nameEnd - local)))
    }

    /// `<?…?>`: skipped, except that an XML declaration naming an encoding other than UTF-8 is refused.
    private mutating func instruction() throws -> Step {
        guard let close = find("?>", from: position + 2) else { return .incomplete }
        let content = String(decoding: UnsafeBufferPointer(start: bytes + position + 2, count: close - position - 2),
                             as: UTF8.self)
        if content.hasPrefix("xml"), content.dropFirst(3).first?.isWhitespace == true,
           let encoding = XMLScanner.declaredEncoding(content) {
            guard ["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding.lowercased()) else {
                throw XMLScanError("the XML is encoded as \(encoding.prefix(40)); only UTF-8 can be read")
            }
        }
        position = close + 2
        return .skipped
    }

    /// `<!--…-->` is skipped and `<![CDATA[…]]>` is text; anything else (a document type) is refused.
    private mutating func declaration() throws -> Step {
        switch startsWith("<!--") {
        case nil: return .incomplete
        case true?:
            guard let close = find("-->", from: position + 4) else { return .incomplete }
            position = close + 3
            return .skipped
        case false?: break
        }
        switch startsWith("<![CDATA[") {
        case nil: return .incomplete
        case true?:
            guard depth > 0 else { throw XMLScanError("the XML has a CDATA section outside its root element") }
            let start = position + 9
            guard let close = find("]]>", from: start) else { return .incomplete }
            position = close + 3
            return .event(.text(UnsafeBufferPointer(start: bytes + start, count: close - start)))
        case false?:
            throw XMLScanError("the XML declares a document type, which a workbook never does")
        }
    }

    private static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// FNV-1a, to tell element names apart without keeping them.
    private static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }

    /// Whether the window holds `literal` at `position`; nil when it ends before telling.
    private func startsWith(_ literal: StaticString) -> Bool? {
        let count = literal.utf8CodeUnitCount
        for offset in 0..<count {
            guard position + offset < end else { return nil }
            if bytes[position + offset] != literal.utf8Start[offset] { return false }
        }
        return true
    }

    private func find(_ literal: StaticString, from start: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        let first = literal.utf8Start[0]
        var index = start
        while index + count <= end {
            if bytes[index] == first {
                var offset = 1
                while offset < count && bytes[index + offset] == literal.utf8Start[offset] { offset += 1 }
                if offset == count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The `encoding` pseudo-attribute of an XML declaration's content.
    private static func declaredEncoding(_ content: String) -> String? {
        guard let range = content.firstRange(of: "encoding") else { return nil }
        let rest = content[range.upperBound...].drop(while: { $0 == " " || $0 == "=" })
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix(while: { $0 != quote }))
    }
}
