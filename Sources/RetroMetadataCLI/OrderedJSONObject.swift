import Foundation

/// A JSON object written with its keys in the order they are added.
///
/// Foundation's `JSONEncoder` on Linux writes keyed containers in hash order (a different order on
/// each run), so output whose key order is documented is assembled here; values still go through
/// `JSONEncoder`, which does their escaping.
struct OrderedJSONObject {
    private var members: [String] = []

    /// Adds `key` with a scalar or other encodable value.
    mutating func add(_ key: String, _ value: some Encodable) throws {
        members.append(try Self.encode(key) + ":" + Self.encode(value))
    }

    /// Adds `key` with a nested ordered object.
    mutating func add(_ key: String, _ object: OrderedJSONObject) throws {
        members.append(try Self.encode(key) + ":" + object.text)
    }

    /// Adds `key` with an array of nested ordered objects.
    mutating func add(_ key: String, _ objects: [OrderedJSONObject]) throws {
        members.append(try Self.encode(key) + ":[" + objects.map(\.text).joined(separator: ",") + "]")
    }

    /// The object as compact JSON text.
    var text: String { "{" + members.joined(separator: ",") + "}" }

    private static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
