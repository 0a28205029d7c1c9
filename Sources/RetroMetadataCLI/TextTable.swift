/// Renders rows as a plain text table with aligned columns, the human form of every listing.
struct TextTable {
    /// Column headings.
    let headers: [String]
    /// Rows of cells; short rows are padded with empty cells.
    var rows: [[String]] = []

    /// The table as text, one line per row, ending in a newline.
    func render() -> String {
        let all = [headers] + rows
        var widths = [Int](repeating: 0, count: headers.count)
        for row in all {
            for (index, cell) in row.prefix(headers.count).enumerated() {
                widths[index] = max(widths[index], cell.count)
            }
        }
        var output = ""
        for (rowIndex, row) in all.enumerated() {
            let cells = (0..<headers.count).map { index -> String in
                let cell = index < row.count ? row[index] : ""
                let isLast = index == headers.count - 1
                return isLast ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }
            output += cells.joined(separator: "  ") + "\n"
            if rowIndex == 0 {
                output += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        return output
    }
}
