import Foundation

/// Builds small ZIP archives with stored (uncompressed) entries, so end-to-end tests can make workbooks and
/// broken workbooks without a ZIP library.
enum StoredZip {
    static func archive(_ entries: [(name: String, data: Data)]) -> Data {
        var body = Data(), directory = Data()
        for (name, data) in entries {
            let crc = crc32(data), nameBytes = Data(name.utf8), offset = UInt32(body.count)
            var common = Data()
            for field in [le16(0), le16(0), le16(0), le16(0x21), le32(crc), le32(UInt32(data.count)), le32(UInt32(data.count)),
                          le16(UInt16(nameBytes.count)), le16(0)] { common += field }
            body += le32(0x0403_4B50) + le16(20) + common + nameBytes + data
            var tail = Data()
            for field in [le16(0), le16(0), le16(0), le32(0), le32(offset)] { tail += field }
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + common + tail + nameBytes
        }
        var end = Data()
        for field in [le32(0x0605_4B50), le16(0), le16(0), le16(UInt16(entries.count)), le16(UInt16(entries.count)),
                      le32(UInt32(directory.count)), le32(UInt32(body.count)), le16(0)] { end += field }
        return body + directory + end
    }

    /// A one-sheet workbook whose cells are inline strings.
    static func workbook(sheet: String, rows: [[String]]) -> Data {
        let namespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let cells = rows.map { row in
            "<row>" + row.map { "<c t=\"inlineStr\"><is><t>\($0)</t></is></c>" }.joined() + "</row>"
        }.joined()
        return archive([
            ("[Content_Types].xml", Data("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
            ("_rels/.rels", Data("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(namespace)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8)),
            ("xl/workbook.xml", Data("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"\(namespace)\"><sheets><sheet name=\"\(sheet)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Data("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(namespace)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>".utf8)),
            ("xl/worksheets/sheet1.xml", Data("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(cells)</sheetData></worksheet>".utf8)),
        ])
    }

    private static func le16(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }
    private static func le32(_ value: UInt32) -> Data { Data((0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) }) }

    private static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
