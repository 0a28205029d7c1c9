import Foundation

/// Turns a `JSONDecoder` failure into an `ExportError` naming the manifest's file, line and column.
enum ManifestDecodingFailure {
    /// The export error for `error`, raised while decoding `text` read from `file`.
    static func error(_ error: any Error, file: String, text: String) -> ExportError {
        guard let decoding = error as? DecodingError else {
            return .manifest("not valid JSON: \(error.localizedDescription)", file: file, text: text, offset: nil)
        }
        switch decoding {
        case .keyNotFound(let key, _):
            return .manifest("missing required key \(key.stringValue)", file: file, text: text, offset: 0)
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let key = context.codingPath.last?.stringValue ?? ""
            return .manifest(
                "\(key): \(context.debugDescription)", file: file, text: text,
                offset: TextPosition.offset(ofKey: key, in: text))
        case .dataCorrupted(let context):
            if let key = context.codingPath.last?.stringValue {
                return .manifest(
                    "\(key): \(context.debugDescription)", file: file, text: text,
                    offset: TextPosition.offset(ofKey: key, in: text))
            }
            return syntaxError(context, file: file, text: text)
        @unknown default:
            return .manifest("cannot decode: \(decoding)", file: file, text: text, offset: nil)
        }
    }

    /// A JSON syntax error, placed where the parser reports it (its message or underlying error says where).
    private static func syntaxError(_ context: DecodingError.Context, file: String, text: String) -> ExportError {
        let detail = context.underlyingError.map { "\($0)" } ?? context.debugDescription
        let lineColumn = numbers(after: ["line ", "column "], in: detail)
        if let line = lineColumn[0] {
            return ExportError(.badManifest, "not valid JSON: \(detail)", file: file, line: line, column: lineColumn[1])
        }
        if let offset = numbers(after: ["character ", "offset "], in: detail).compactMap({ $0 }).first {
            return .manifest("not valid JSON: \(detail)", file: file, text: text, offset: offset)
        }
        return .manifest("not valid JSON: \(detail)", file: file, text: text, offset: text.utf8.count)
    }

    /// The integer following each of `labels` in `text`, if any.
    private static func numbers(after labels: [String], in text: String) -> [Int?] {
        labels.map { label in
            guard let range = text.range(of: label) else { return nil }
            return Int(text[range.upperBound...].prefix { $0.isNumber })
        }
    }
}
