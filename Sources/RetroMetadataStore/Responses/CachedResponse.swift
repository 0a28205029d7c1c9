import Foundation

/// A cached provider response: the response bytes or a "not found" marker, and when it was stored.
public struct CachedResponse: Hashable, Sendable {
    /// The response bytes, or `nil` for "not found".
    public var value: Data?
    /// When the response was fetched.
    public var storedAt: Date

    /// Creates a cached response.
    public init(value: Data?, storedAt: Date) {
        self.value = value
        self.storedAt = storedAt
    }

    /// Whether the provider answered "not found".
    public var isNotFound: Bool { value == nil }

    private static let formatVersion: UInt8 = 1

    /// The stored form: version byte, kind byte (0 not found, 1 value), stored-at Unix milliseconds
    /// (8 bytes, big-endian), then the value.
    public func encoded() -> Data {
        var data = Data([CachedResponse.formatVersion, value == nil ? 0 : 1])
        let milliseconds = Int64((storedAt.timeIntervalSince1970 * 1000).rounded(.down))
        withUnsafeBytes(of: milliseconds.bigEndian) { data.append(contentsOf: $0) }
        if let value { data.append(value) }
        return data
    }

    /// Reads the stored form; `nil` when the bytes are not a cached response of this version.
    public init?(decoding data: Data) {
        let bytes = [UInt8](data)
        guard bytes.count >= 10, bytes[0] == CachedResponse.formatVersion, bytes[1] <= 1 else { return nil }
        let milliseconds = bytes[2..<10].reduce(Int64(0)) { $0 << 8 | Int64($1) }
        storedAt = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        value = bytes[1] == 1 ? Data(bytes[10...]) : nil
    }
}
