import NIOCore

/// One RESP2 reply from a Redis server.
public enum RESPValue: Hashable, Sendable {
    /// `+OK`.
    case simpleString(String)
    /// `-ERR message`.
    case error(String)
    /// `:42`.
    case integer(Int64)
    /// `$n` bytes, or `$-1` (nil).
    case bulkString(ByteBuffer?)
    /// `*n` values, or `*-1` (nil).
    case array([RESPValue]?)

    /// The integer, when this is one.
    public var integer: Int64? { if case .integer(let value) = self { value } else { nil } }

    /// The bytes of a bulk or simple string.
    public var bytes: ByteBuffer? {
        switch self {
        case .bulkString(let buffer): buffer
        case .simpleString(let text): ByteBuffer(string: text)
        default: nil
        }
    }

    /// The text of a bulk or simple string.
    public var text: String? { bytes.map { String(buffer: $0) } }
}

extension RESPValue {
    /// Writes `arguments` as a RESP2 command (an array of bulk strings) to `buffer`.
    static func writeCommand(_ arguments: [ByteBuffer], into buffer: inout ByteBuffer) {
        buffer.writeString("*\(arguments.count)\r\n")
        for argument in arguments {
            buffer.writeString("$\(argument.readableBytes)\r\n")
            buffer.writeImmutableBuffer(argument)
            buffer.writeString("\r\n")
        }
    }
}
