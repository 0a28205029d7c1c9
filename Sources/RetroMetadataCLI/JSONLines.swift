import Foundation

/// Writes values as JSON, one object per line, the format scripts read from `--json`.
struct JSONLines {
    private let encoder: JSONEncoder

    /// Creates a writer with sorted keys and unescaped slashes.
    init() {
        encoder = JSONEncoder()
        // Foundation on Linux writes keyed containers in hash order; sorting keeps output stable across runs.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// The JSON text of one value, without a newline.
    func line(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Prints one value as a line of JSON to standard output.
    func emit(_ value: some Encodable) throws {
        print(try line(value))
    }
}
