import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The workbook's shared string table, kept compactly as one UTF-8 buffer and end offsets (a register with a
/// million members has millions of distinct strings).
struct SharedStrings {
    /// The most text the table may hold, so that a hostile workbook cannot exhaust memory.
    static let maxBytes = 512 << 20

    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []

    var count: Int { ends.count }

    subscript(index: Int) -> String? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<Int(ends[index])]), as: UTF8.self)
        }
    }

    mutating func append(_ string: String) -> Bool {
        guard bytes.count + string.utf8.count <= SharedStrings.maxBytes else { return false }
        bytes.append(contentsOf: string.utf8)
        ends.append(UInt32(bytes.count))
        return true
    }

    /// Streams `xl/sharedStrings.xml`; rich text runs are joined, phonetic runs left out.
    static func read(archive: Archive, entry: Entry, file: String) throws -> SharedStrings {
        let stream = ZipEntryStream(archive: archive, entry: entry)
        let collector = SharedStringCollector()
        let parser = XMLParser(stream: stream)
        parser.delegate = collector
        let parsed = parser.parse()
        if collector.tooLarge {
            throw SpreadsheetError(.damagedWorkbook, file: file, "the shared strings of the workbook are too large")
        }
        guard parsed, stream.failure == nil, !collector.sawEntityDeclaration else {
            throw Workbook.damaged(file, entry.path)
        }
        return collector.strings
    }
}

private final class SharedStringCollector: NSObject, XMLParserDelegate {
    var strings = SharedStrings()
    var tooLarge = false
    var sawEntityDeclaration = false
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        switch localName(elementName) {
        case "si": current = ""
        case "t": inText = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        switch localName(elementName) {
        case "si":
            if !strings.append(current) {
                tooLarge = true
                parser.abortParsing()
            }
            current = ""
        case "t": inText = false
        case "rPh": phoneticDepth = max(0, phoneticDepth - 1)
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText else { return }
        current += string
        if current.utf8.count > SheetParser.maxTextBytes {
            tooLarge = true
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        sawEntityDeclaration = true
        parser.abortParsing()
    }
}
