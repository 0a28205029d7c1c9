import NIOCore

/// Decodes RESP2 replies from a byte stream; waits for more bytes while a reply is incomplete.
struct RESPDecoder: ByteToMessageDecoder {
    typealias InboundOut = RESPValue

    /// Bulk strings larger than this are refused (Redis itself caps them at 512 MiB).
    static let maximumBulkLength = 512 * 1024 * 1024

    /// The error for bytes that are not RESP2.
    struct MalformedReply: Error, CustomStringConvertible {
        let details: String
        var description: String { "malformed RESP2 reply: \(details)" }
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        var reader = buffer
        guard let value = try Self.parse(&reader) else { return .needMoreData }
        buffer = reader
        context.fireChannelRead(Self.wrapInboundOut(value))
        return .continue
    }

    mutating func decodeLast(
        context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool
    ) throws -> DecodingState {
        try decode(context: context, buffer: &buffer)
    }

    /// Reads one complete value from `buffer`, or returns `nil` (leaving `buffer` unusable) when incomplete.
    static func parse(_ buffer: inout ByteBuffer) throws -> RESPValue? {
        guard let marker = buffer.readInteger(as: UInt8.self), let line = readLine(&buffer) else { return nil }
        switch marker {
        case UInt8(ascii: "+"): return .simpleString(line)
        case UInt8(ascii: "-"): return .error(line)
        case UInt8(ascii: ":"): return .integer(try number(line))
        case UInt8(ascii: "$"):
            let length = try number(line)
            guard length >= 0 else { return .bulkString(nil) }
            guard length <= maximumBulkLength else { throw MalformedReply(details: "bulk string of \(length) bytes") }
            guard let bytes = buffer.readSlice(length: Int(length)), let end = buffer.readBytes(length: 2) else {
                return nil
            }
            guard end == [13, 10] else { throw MalformedReply(details: "bulk string not ended by CRLF") }
            return .bulkString(bytes)
        case UInt8(ascii: "*"):
            let count = try number(line)
            guard count >= 0 else { return .array(nil) }
            var elements: [RESPValue] = []
            for _ in 0..<count {
                guard let element = try parse(&buffer) else { return nil }
                elements.append(element)
            }
            return .array(elements)
        default:
            throw MalformedReply(details: "unknown type byte \(marker)")
        }
    }

    private static func readLine(_ buffer: inout ByteBuffer) -> String? {
        guard let end = buffer.readableBytesView.firstIndex(of: 13) else { return nil }
        let length = end - buffer.readerIndex
        guard buffer.readableBytes >= length + 2, let text = buffer.readString(length: length) else { return nil }
        buffer.moveReaderIndex(forwardBy: 2)
        return text
    }

    private static func number(_ text: String) throws -> Int64 {
        guard let value = Int64(text) else { throw MalformedReply(details: "bad number '\(text.prefix(20))'") }
        return value
    }
}
