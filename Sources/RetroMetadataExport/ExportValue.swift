import Foundation
import Mustache
import RetroMetadataCore

/// A text value in a template context; transforms escape it for one format.
struct ExportText: MustacheTransformable, MustacheCustomRenderable, CustomStringConvertible {
    /// The raw text.
    let text: String

    var description: String { text }
    var renderText: String { text }
    var isNull: Bool { false }

    func transform(_ name: String) -> Any? {
        switch name {
        case "pegasus": return ExportText(text: TextEscaping.pegasus(text))
        case "attract": return ExportText(text: TextEscaping.attractMode(text))
        case "json": return ExportText(text: TextEscaping.json(text))
        case "oneline": return ExportText(text: TextEscaping.oneLine(text))
        default: return nil
        }
    }
}

/// A release date in a template context: renders `YYYY[-MM[-DD]]`; `year`, `iso`, `esdate` pick a form.
struct ExportDate: MustacheTransformable, MustacheCustomRenderable {
    /// The date (not called `date`: Mustache would find it by reflection inside `{{#date}}`).
    let wrapped: GameDate

    var renderText: String { wrapped.description }
    var isNull: Bool { false }

    func transform(_ name: String) -> Any? {
        switch name {
        case "year": return ExportText(text: String(format: "%04d", wrapped.year))
        case "iso": return ExportText(text: wrapped.description)
        case "esdate":
            return ExportText(
                text: String(format: "%04d%02d%02dT000000", wrapped.year, wrapped.month ?? 1, wrapped.day ?? 1))
        default: return nil
        }
    }
}

/// A 0...1 rating in a template context: renders the fraction; `percent` and `stars` (0...5) rescale it.
struct ExportRating: MustacheTransformable, MustacheCustomRenderable {
    /// The rating, 0...1 (not called `rating`, for the same reason as `ExportDate.wrapped`).
    let wrapped: Double

    var renderText: String { Self.trimmed(wrapped) }
    var isNull: Bool { false }

    func transform(_ name: String) -> Any? {
        switch name {
        case "percent": return ExportText(text: String(Int((wrapped * 100).rounded())))
        case "fraction": return ExportText(text: Self.trimmed(wrapped))
        case "stars": return ExportText(text: Self.trimmed(wrapped * 5))
        default: return nil
        }
    }

    /// `value` with at most two decimals and no trailing zeros.
    static func trimmed(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
