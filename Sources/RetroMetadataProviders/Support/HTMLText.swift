import Foundation

/// Turns the small HTML fragments some providers use for descriptions into plain text.
enum HTMLText {
    /// `html` without tags, with paragraph and line breaks kept as newlines and common entities decoded.
    static func plain(_ html: String) -> String {
        var text = html
        for tag in ["<br>", "<br/>", "<br />", "</p>", "</li>"] {
            text = text.replacingOccurrences(of: tag, with: "\n", options: .caseInsensitive)
        }
        var result = ""
        var inTag = false
        for character in text {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                result.append(character)
            }
        }
        let entities = [
            ("&nbsp;", " "), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">"),
            ("&amp;", "&"),
        ]
        for (entity, replacement) in entities { result = result.replacingOccurrences(of: entity, with: replacement) }
        let lines = result.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return lines.joined(separator: "\n").replacingOccurrences(of: "\n\n\n", with: "\n\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
