/// The fixed XML parts of the workbook `XLSXWriter` writes.
enum XLSXParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(sheetCount: Int) -> String {
        let sheets = (1...max(sheetCount, 1)).map { index in
            "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            \(sheets)\
            <Override PartName="/xl/styles.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            </Types>
            """
    }

    static let rootRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    /// The workbook with `sheetNames` in order; `printTitleRows` repeats the first sheet's top rows on every page
    /// (the defined name `_xlnm.Print_Titles`).
    static func workbook(sheetNames: [String], printTitleRows: Int? = nil) -> String {
        let sheets = sheetNames.enumerated().map { index, name in
            "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        var names = ""
        if let rows = printTitleRows, let first = sheetNames.first {
            let quoted = "'" + first.replacingOccurrences(of: "'", with: "''") + "'"
            names = "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
                + XMLText.escape("\(quoted)!$1:$\(rows)") + "</definedName></definedNames>"
        }
        return declaration + """
            <workbook xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)">\
            <sheets>\(sheets)</sheets>\(names)</workbook>
            """
    }

    /// Sheets are `rId1`…`rIdN`, the styles the next id.
    static func workbookRelationships(sheetCount: Int) -> String {
        let count = max(sheetCount, 1)
        let sheets = (1...count).map { index in
            "<Relationship Id=\"rId\(index)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index).xml\"/>"
        }.joined()
        return declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(sheets)\
            <Relationship Id="rId\(count + 1)" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>\
            </Relationships>
            """
    }

    /// A worksheet's relationships: `rId1`… are external hyperlinks to `targets` in order.
    static func sheetRelationships(_ targets: [String]) -> String {
        let links = targets.enumerated().map { index, target in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipNamespace)/hyperlink\" "
                + "Target=\"\(XMLText.escape(target))\" TargetMode=\"External\"/>"
        }.joined()
        return declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(links)\
            </Relationships>
            """
    }

    /// Style 0 plain, 1 bold (the header row), 2 a date (built-in format 14), 3 a bordered table cell (wrapped,
    /// top-aligned), 4 a bordered, shaded bold header cell, 5 wrapped text.
    static let styles = declaration + """
        <styleSheet xmlns="\(mainNamespace)">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="3"><fill><patternFill patternType="none"/></fill>\
        <fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>\
        <top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">\
        <alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" \
        applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
        <alignment vertical="top" wrapText="1"/></xf></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    /// The worksheet's opening up to `<cols>`; `frozenRows` stay in view (none: no pane); `fitToPage` lets the page
    /// setup scale the sheet to the paper.
    static func sheetStart(frozenRows: Int, fitToPage: Bool) -> String {
        let properties = fitToPage ? "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" : ""
        let pane = frozenRows > 0
            ? "<sheetView workbookViewId=\"0\"><pane ySplit=\"\(frozenRows)\" topLeftCell=\"A\(frozenRows + 1)\" "
                + "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView>"
            : "<sheetView workbookViewId=\"0\"/>"
        return declaration + """
            <worksheet xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)">\
            \(properties)<sheetViews>\(pane)</sheetViews><sheetFormatPr defaultRowHeight="15"/>
            """
    }
}
