import Foundation
@testable import Spreadsheet
import ZIPFoundation

/// Builds `.xlsx` test files from XML written out in the test, so no binary fixtures are needed.
struct XLSXFixture {
    var sheets: [(name: String, xml: String)] = []
    var sharedStrings: [String]? = nil
    var sharedStringsXML: String? = nil
    var numberFormats: [(id: Int, code: String)] = []
    /// The numFmtId of each cell style index.
    var cellStyles: [Int] = [0]
    var date1904 = false
    var includeWorkbook = true
    var compression = CompressionMethod.deflate

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// Wraps `<row>` elements into a worksheet.
    static func sheet(_ rows: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData></worksheet>"
    }

    func write(to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create, pathEncoding: nil)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>")
        if includeWorkbook {
            let sheetList = sheets.enumerated().map { index, sheet in
                "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            }.joined()
            try add("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(XLSXFixture.main)" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetList)</sheets></workbook>
                """)
        }
        let relations = sheets.indices.map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/" +
                "relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }.joined()
        try add("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?>\
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relations)\
            <Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
            Target="styles.xml"/></Relationships>
            """)
        let formats = numberFormats.map { "<numFmt numFmtId=\"\($0.id)\" formatCode=\"\(escape($0.code))\"/>" }.joined()
        let xfs = cellStyles.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>" }.joined()
        try add("xl/styles.xml", """
            <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="\(XLSXFixture.main)">\
            <numFmts count="\(numberFormats.count)">\(formats)</numFmts>\
            <cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>\
            <cellXfs count="\(cellStyles.count)">\(xfs)</cellXfs></styleSheet>
            """)
        if let sharedStringsXML {
            try add("xl/sharedStrings.xml", sharedStringsXML)
        } else if let sharedStrings {
            let items = sharedStrings.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined()
            try add("xl/sharedStrings.xml", """
                <?xml version="1.0" encoding="UTF-8"?><sst xmlns="\(XLSXFixture.main)">\(items)</sst>
                """)
        }
        for (index, sheet) in sheets.enumerated() {
            try add("xl/worksheets/sheet\(index + 1).xml", sheet.xml)
        }
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}


/// Reads one part of an `.xlsx` file back, to check the XML the writer produced.
enum XLSXPartReader {
    static func part(_ url: URL, _ path: String) throws -> Data {
        let archive = try Archive(url: url, accessMode: .read, pathEncoding: nil)
        guard let entry = archive[path] else { throw CocoaError(.fileNoSuchFile) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }
}
