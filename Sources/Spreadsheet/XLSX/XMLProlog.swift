import Foundation

/// Spots a document type declaration before the root element. Office never writes one into a workbook part, and
/// refusing it keeps entity expansion ("billion laughs") and external entities out of the parser altogether.
enum XMLProlog {
    struct DocumentTypeDeclared: Error {}

    static func declaresDocumentType(_ data: Data) -> Bool {
        let bytes = data.prefix(64 * 1024)
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            let next = bytes.index(after: open)
            guard next < bytes.endIndex else { return false }
            switch bytes[next] {
            case UInt8(ascii: "?"), UInt8(ascii: "!"):
                if bytes[next...].starts(with: "!DOCTYPE".utf8) || bytes[next...].starts(with: "!ENTITY".utf8) {
                    return true
                }
                index = next
            default:
                return false
            }
        }
        return false
    }
}
