/// Lower-case hexadecimal text of digests.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The bytes as lower-case hex, two digits per byte.
    static func string(_ bytes: some Sequence<UInt8>) -> String {
        var text = [UInt8]()
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A CRC-32 as eight lower-case hex digits, most significant first.
    static func string(_ value: UInt32) -> String {
        string([24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) })
    }
}
