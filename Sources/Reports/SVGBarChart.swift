/// A horizontal bar chart drawn as inline SVG: one labelled bar per row, made of stacked segments.
struct SVGBarChart {
    struct Bar {
        let label: String
        let segments: [Int]
    }

    let title: String
    let bars: [Bar]
    /// The names of the segments, shown as a legend when there are several.
    let legend: [String]

    static let colors = ["#1f5f8b", "#9cc3e0", "#c75b39", "#7a9a3b"]
    private let width = 640
    private let labelWidth = 190
    private let rowHeight = 22

    func render() -> String {
        let maximum = max(1, bars.map { $0.segments.reduce(0, +) }.max() ?? 1)
        let barSpace = Double(width - labelWidth - 60)
        let legendHeight = legend.count > 1 ? 24 : 0
        let height = legendHeight + max(1, bars.count) * rowHeight + 8
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" role="img" aria-label="\(HTMLText.escape(title))">\
            <title>\(HTMLText.escape(title))</title>
            """
        if legend.count > 1 {
            for (index, name) in legend.enumerated() {
                let x = labelWidth + index * 170
                svg += "<rect x=\"\(x)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(Self.colors[index % Self.colors.count])\"/>"
                svg += "<text x=\"\(x + 18)\" y=\"14\">\(HTMLText.escape(name))</text>"
            }
        }
        for (row, bar) in bars.enumerated() {
            let y = legendHeight + row * rowHeight
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLText.escape(bar.label))</text>"
            var x = Double(labelWidth)
            for (index, value) in bar.segments.enumerated() where value > 0 {
                let length = barSpace * Double(value) / Double(maximum)
                svg += "<rect x=\"\(format(x))\" y=\"\(y + 3)\" width=\"\(format(length))\" height=\"\(rowHeight - 6)\" "
                    + "fill=\"\(Self.colors[index % Self.colors.count])\"/>"
                x += length
            }
            svg += "<text x=\"\(format(x + 6))\" y=\"\(y + 15)\">\(bar.segments.reduce(0, +))</text>"
        }
        return svg + "</svg>"
    }

    private func format(_ value: Double) -> String {
        String((value * 10).rounded() / 10)
    }
}
