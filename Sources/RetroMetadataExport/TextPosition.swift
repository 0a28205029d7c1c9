import Foundation

/// Converts offsets into text to 1-based line and column numbers, for error messages.
enum TextPosition {
    /// The line and column (both 1-based, column counted in characters) of UTF-8 byte `offset` in `text`.
    static func lineAndColumn(of offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var consumed = 0
        for character in text {
            if consumed >= offset { break }
            consumed += character.utf8.count
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// The byte offset of the first occurrence of `"key"` (a JSON key) in `text`.
    static func offset(ofKey key: String, in text: String) -> Int? {
        guard let range = text.range(of: "\"\(key)\"") else { return nil }
        return text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    }
}
