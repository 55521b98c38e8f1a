import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reports each start element of a small XML part (workbook, relationships, styles) with its parent's name.
/// Names lose their namespace prefix, so `x:sheet` and `sheet` read the same.
final class ElementCollector: NSObject, XMLParserDelegate {
    private let onElement: (_ name: String, _ attributes: [String: String], _ parent: String?) -> Void
    private var stack: [String] = []
    private(set) var sawEntityDeclaration = false

    init(_ onElement: @escaping (_ name: String, _ attributes: [String: String], _ parent: String?) -> Void) {
        self.onElement = onElement
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        let name = localName(elementName)
        onElement(name, attributes, stack.last)
        stack.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        sawEntityDeclaration = true
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
                systemID: String?) {
        sawEntityDeclaration = true
        parser.abortParsing()
    }
}

/// `x:c` → `c`.
func localName(_ name: String) -> String {
    guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
    return String(name[name.utf8.index(after: colon)...])
}

/// An attribute by local name, whatever its prefix (`r:id`, `id`).
func attribute(_ attributes: [String: String], _ name: String) -> String? {
    if let value = attributes[name] { return value }
    for (key, value) in attributes where localName(key) == name { return value }
    return nil
}
