import Foundation

/// How each text format escapes a value.
enum TextEscaping {
    /// Pegasus: paragraphs become `  .` continuation lines, single line breaks the literal `\n`.
    static func pegasus(_ text: String) -> String {
        let paragraphs = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "\\n") }
        return paragraphs.joined(separator: "\n  .\n  ")
    }

    /// AttractMode: a value holding `;` is quoted, with `"` as `\"`; line breaks become spaces.
    static func attractMode(_ text: String) -> String {
        let line = oneLine(text)
        guard line.contains(";") else { return line }
        return "\"" + line.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A quoted JSON string.
    static func json(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Line breaks and tabs replaced by spaces.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
