import NIOCore

/// Writes commands and answers them in order: each write queues its reply promise, each reply
/// completes the oldest one, so concurrent callers pipeline on one connection.
final class RedisCommandHandler: ChannelDuplexHandler {
    typealias InboundIn = RESPValue
    typealias OutboundIn = RedisCommand
    typealias OutboundOut = ByteBuffer

    private var pending = CircularBuffer<EventLoopPromise<RESPValue>>(initialCapacity: 64)
    private let location: String

    init(location: String) { self.location = location }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let command = unwrapOutboundIn(data)
        var buffer = context.channel.allocator.buffer(capacity: 64)
        RESPValue.writeCommand(command.arguments, into: &buffer)
        pending.append(command.reply)
        context.write(wrapOutboundOut(buffer), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let value = unwrapInboundIn(data)
        guard let promise = pending.popFirst() else {
            context.fireErrorCaught(CacheError.protocolViolation(location, "reply without a command"))
            return
        }
        promise.succeed(value)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // Bad bytes are a protocol error; anything else (a reset socket) means the connection is gone.
        let malformed = error is RESPDecoder.MalformedReply
        failAll(malformed ? .protocolViolation(location, "\(error)") : .closed(location, operation: "read"))
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(CacheError.closed(location, operation: "read"))
        context.fireChannelInactive()
    }

    private func failAll(_ error: CacheError) {
        while let promise = pending.popFirst() { promise.fail(error) }
    }
}

/// A command on its way to the server and the promise its reply completes.
struct RedisCommand {
    /// The command name and its arguments.
    let arguments: [ByteBuffer]
    /// Completed with the server's reply.
    let reply: EventLoopPromise<RESPValue>
}
