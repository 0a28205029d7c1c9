/// The 128-bit FNV-1a hash: a stable, dependency-free digest for cache keys (not for security).
public struct FNV1a128: Sendable {
    private var high: UInt64 = 0x6C62_272E_07BB_0142
    private var low: UInt64 = 0x62B8_2175_6295_C58D

    /// Starts a new hash at the FNV offset basis.
    public init() {}

    /// Mixes `bytes` into the hash.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            low ^= UInt64(byte)
            // The FNV prime is 2^88 + 0x13B: multiply by 0x13B in full width, then add the value shifted by 88.
            let product = low.multipliedFullWidth(by: 0x13B)
            let shifted = low << 24
            low = product.low
            high = high &* 0x13B &+ product.high &+ shifted
        }
    }

    /// The digest as 32 lowercase hex digits.
    public var hexDigest: String {
        String(high, radix: 16).leftPadded(to: 16) + String(low, radix: 16).leftPadded(to: 16)
    }

    /// The hex digest of `text`'s UTF-8 bytes.
    public static func hexDigest(of text: String) -> String {
        var hash = FNV1a128()
        hash.update(text.utf8)
        return hash.hexDigest
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
