import TextCells

/// Image renderings of a QR code: an SVG for HTML sheets and a plain PBM for anything that reads images.
public enum QRImage {
    /// A small SVG with one path of dark modules on a white square, quiet zone included; `pixels` is its drawn
    /// width and height. Contains only digits and fixed markup, so it is safe to inline in HTML.
    public static func svg(_ matrix: QRMatrix, pixels: Int = 96) -> String {
        let side = matrix.size + 2 * QRText.quietZone
        var path = ""
        for (row, modules) in matrix.modules.enumerated() {
            for (column, dark) in modules.enumerated() where dark {
                path += "M\(column + QRText.quietZone) \(row + QRText.quietZone)h1v1h-1z"
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(pixels)\" height=\"\(pixels)\" "
            + "viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path d=\"\(path)\" fill=\"#000\"/></svg>"
    }

    /// A plain (P1) PBM of the code with its quiet zone, each module `scale` pixels square.
    public static func pbm(_ modules: [[Bool]], scale: Int = 4) -> String {
        let padded = QRText.withQuietZone(modules)
        let side = padded.count * scale
        var out = "P1\n\(side) \(side)\n"
        for row in padded {
            let line = row.flatMap { Array(repeating: $0 ? "1" : "0", count: scale) }.joined(separator: " ")
            for _ in 0..<scale { out += line + "\n" }
        }
        return out
    }
}
