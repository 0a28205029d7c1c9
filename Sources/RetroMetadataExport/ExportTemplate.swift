import Foundation
import Mustache

/// A checked Mustache template for a text metadata format; values render verbatim unless a transform escapes them.
public struct ExportTemplate: Sendable {
    /// The template's file.
    public let path: String
    private let template: MustacheTemplate

    /// Values render as plain text: each format escapes through its own transforms (`json(name)`).
    /// On a line of its own, so the template's first line keeps Mustache's standalone-tag rules.
    private static let prefix = "{{% CONTENT_TYPE: TEXT }}\n"

    /// Parses and lints the template at `path`; errors name the file, line and column.
    public static func load(path: String) throws(ExportError) -> ExportTemplate {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExportError(.io, "cannot read", file: path)
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// Parses and lints `text`, reporting problems against `path`.
    public static func parse(_ text: String, path: String) throws(ExportError) -> ExportTemplate {
        try TemplateLint.check(text, path: path)
        do {
            return ExportTemplate(path: path, template: try MustacheTemplate(string: prefix + text))
        } catch let error as MustacheTemplate.ParserError {
            let line = max(1, error.context.lineNumber - 1)
            let column = error.context.columnNumber
            throw ExportError(
                .badTemplate, "template does not parse: \(error.error)", file: path, line: line, column: column)
        } catch {
            throw ExportError(.badTemplate, "template does not parse: \(error)", file: path)
        }
    }

    /// Renders `context` (dictionaries, arrays and `ExportText`-style values).
    public func render(_ context: [String: Any]) -> String { template.render(context) }
}
