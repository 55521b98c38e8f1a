import Foundation
import Model
import ZIPFoundation

/// The parts of an `.xlsx` package needed to read a sheet: sheet names and their part paths, the date system,
/// the date styles and the shared strings.
struct Workbook {
    struct Sheet {
        let name: String
        let path: String
    }

    /// The most a small part (workbook, relationships, styles) may hold when decompressed.
    static let maxSmallPart = 16 << 20

    let archive: Archive
    let file: String
    let sheets: [Sheet]
    let uses1904: Bool
    let dateStyles: [Bool]
    let sharedStrings: SharedStrings

    init(url: URL) throws {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read, pathEncoding: nil)
        } catch {
            throw SpreadsheetError(.notWorkbook, file: url.path,
                                   Wording("ikke en Excel-arbeidsbok (en skadet eller avkortet fil, eller en annen slags ZIP)", "not an Excel workbook (a damaged or truncated file, or another kind of ZIP)"))
        }
        try self.init(archive: archive, file: url.path)
    }

    init(archive: Archive, file: String) throws {
        self.archive = archive
        self.file = file
        guard let workbookData = try Workbook.smallPart(archive, "xl/workbook.xml", file: file) else {
            throw SpreadsheetError(.notWorkbook, file: file,
                                   Wording("ikke en Excel-arbeidsbok (en skadet eller avkortet fil, eller en annen slags ZIP)", "not an Excel workbook (a damaged or truncated file, or another kind of ZIP)"))
        }
        var names: [(name: String, id: String)] = []
        var date1904 = false
        try Workbook.parse(workbookData, part: "xl/workbook.xml", file: file) { name, attributes, _ in
            if name == "sheet", let sheetName = attributes["name"], let id = attributes["id"] {
                names.append((sheetName, id))
            } else if name == "workbookPr", let value = attributes["date1904"] {
                date1904 = value == "1" || value.lowercased() == "true"
            }
        }
        uses1904 = date1904
        var targets: [String: String] = [:]
        var stylesPath = "xl/styles.xml"
        var stringsPath = "xl/sharedStrings.xml"
        if let rels = try Workbook.smallPart(archive, "xl/_rels/workbook.xml.rels", file: file) {
            try Workbook.parse(rels, part: "xl/_rels/workbook.xml.rels", file: file) { name, attributes, _ in
                guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else {
                    return
                }
                let path = Workbook.resolve(target)
                targets[id] = path
                let type = attributes["Type"] ?? ""
                if type.hasSuffix("/styles") { stylesPath = path }
                if type.hasSuffix("/sharedStrings") { stringsPath = path }
            }
        }
        sheets = names.enumerated().map { index, sheet in
            Sheet(name: sheet.name, path: targets[sheet.id] ?? "xl/worksheets/sheet\(index + 1).xml")
        }
        dateStyles = try Workbook.dateStyles(archive, stylesPath, file: file)
        if let entry = archive[stringsPath] {
            sharedStrings = try SharedStrings.read(archive: archive, entry: entry, file: file)
        } else {
            sharedStrings = SharedStrings()
        }
    }

    /// The sheet named `name`, or the first sheet.
    func sheet(named name: String?) throws -> Sheet {
        guard let first = sheets.first else {
            throw SpreadsheetError(.notWorkbook, file: file, Wording("arbeidsboka har ingen ark", "the workbook has no sheets"))
        }
        guard let name else { return first }
        if let sheet = sheets.first(where: { $0.name == name })
            ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() }) {
            return sheet
        }
        let list = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
        throw SpreadsheetError(.unknownSheet, file: file, Wording("det finnes ikke noe ark \"\(name)\"; arkene er \(list)", "there is no sheet \"\(name)\"; the sheets are \(list)"))
    }

    /// `worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`, `/xl/x.xml` → `xl/x.xml`, resolving `..`.
    static func resolve(_ target: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            if part == ".." {
                _ = parts.popLast()
            } else if part != "." {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    static func smallPart(_ archive: Archive, _ path: String, file: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            let checksum = try archive.extract(entry) { chunk in
                data.append(chunk)
                if data.count > maxSmallPart { throw SpreadsheetError(.damagedWorkbook, file: file, Wording("\(path) er for stor", "\(path) is too large")) }
            }
            guard checksum == entry.checksum else { throw ZipEntryInput.DamagedEntry(path: path) }
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw damaged(file, path)
        }
        return data
    }

    /// Reports each start element of a small part (workbook, relationships, styles) with its attributes by local
    /// name and its parent's local name, read by the same scanner as the sheets: no document type, so no entity.
    static func parse(_ data: Data, part: String, file: String,
                      _ onElement: (String, [String: String], String?) -> Void) throws {
        do {
            var scanner = try XMLScanner(input: MemoryInput([UInt8](data)), maxToken: maxSmallPart)
            defer { scanner.close() }
            var open: [String] = []
            while true {
                switch try scanner.next() {
                case .start(let name):
                    let name = String(decoding: name, as: UTF8.self)
                    onElement(name, scanner.attributesByLocalName(), open.last)
                    open.append(name)
                case .end:
                    _ = open.popLast()
                case .text:
                    continue
                case .endOfDocument:
                    return
                }
            }
        } catch is XMLScanError {
            throw damaged(file, part)
        }
    }

    static func damaged(_ file: String, _ part: String) -> SpreadsheetError {
        SpreadsheetError(.damagedWorkbook, file: file, Wording("arbeidsboka er skadet: kan ikke lese \(part)", "the workbook is damaged: cannot read \(part)"))
    }

    /// For each cell style index, whether its number format is a date or time format.
    private static func dateStyles(_ archive: Archive, _ path: String, file: String) throws -> [Bool] {
        guard let data = try smallPart(archive, path, file: file) else { return [] }
        var customDates: [Int: Bool] = [:]
        var styles: [Bool] = []
        try parse(data, part: path, file: file) { name, attributes, parent in
            if name == "numFmt", let id = attributes["numFmtId"].flatMap({ Int($0) }) {
                customDates[id] = NumberFormats.isDateFormat(attributes["formatCode"] ?? "")
            } else if name == "xf", parent == "cellXfs" {
                let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                styles.append(customDates[id] ?? NumberFormats.builtInDateIDs.contains(id))
            }
        }
        return styles
    }
}
