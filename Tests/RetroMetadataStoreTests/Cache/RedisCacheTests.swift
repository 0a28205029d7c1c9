import Foundation
import NIOCore
import NIOPosix
@testable import RetroMetadataStore
import Testing

@Suite(.enabled(if: RedisTestServer.executable != nil, RedisTestServer.skipReason))
struct RedisCacheTests {
    @Test func concurrentCommandsPipelineOnOneConnectionAndGetTheirOwnReplies() async throws {
        try await RedisTestServer.with { server in
            let cache = try await RedisCache.connect(to: server.url)
            for index in 0..<200 { try await cache.set(Data("value-\(index)".utf8), for: "k\(index)", ttl: nil) }
            let mismatches = try await withThrowingTaskGroup(of: Int.self) { group in
                for request in 0..<2000 {
                    group.addTask {
                        let index = (request * 7919) % 200
                        return try await cache.value(for: "k\(index)") == Data("value-\(index)".utf8) ? 0 : 1
                    }
                }
                return try await group.reduce(0, +)
            }
            await cache.close()
            #expect(mismatches == 0)
        }
    }

    @Test func clearRemovesOnlyKeysUnderThePrefix() async throws {
        try await RedisTestServer.with { server in
            let connection = try await RedisConnection.connect(to: server.url)
            try await connection.send(["SET", "someone-else", "keep me"])
            let cache = RedisCache(session: RedisSession(connection: connection, url: server.url))
            try await cache.set(Data("mine".utf8), for: "mine", ttl: nil)
            #expect(try await cache.statistics().entries == 1)
            try await cache.clear()
            #expect(try await cache.value(for: "mine") == nil)
            #expect(try await connection.send(["GET", "someone-else"]).text == "keep me")
            await connection.close()
        }
    }

    @Test func timeToLiveIsSetInMilliseconds() async throws {
        try await RedisTestServer.with { server in
            let cache = try await RedisCache.connect(to: server.url)
            try await cache.set(Data("x".utf8), for: "timed", ttl: .seconds(100))
            try await cache.set(Data("x".utf8), for: "forever", ttl: nil)
            let remaining = try #require(try await cache.timeToLive("timed"))
            #expect(remaining > .seconds(90) && remaining <= .seconds(100))
            #expect(try await cache.timeToLive("forever") == .seconds(-1))
            #expect(try await cache.timeToLive("missing") == nil)
            await cache.close()
        }
    }

    @Test func passwordAndDatabaseFromTheURLAreUsed() async throws {
        try await RedisTestServer.with(arguments: ["--requirepass", "s3cret pass"]) { server in
            var url = server.url
            url.database = 3
            let denied = await #expect(throws: CacheError.self) { _ = try await RedisCache.connect(to: url) }
            #expect(denied?.description.contains("s3cret") == false)
            url.password = "s3cret pass"
            let cache = try await RedisCache.connect(to: url)
            try await cache.set(Data("in db 3".utf8), for: "where", ttl: nil)
            let reply = try await cache.session.send(["CLIENT", "INFO"])
            #expect(reply.text?.contains("db=3") == true)
            await cache.close()
        }
    }

    @Test func aDroppedConnectionIsReopenedOnTheNextCommand() async throws {
        try await RedisTestServer.with { server in
            let cache = try await RedisCache.connect(to: server.url)
            try await cache.set(Data("before".utf8), for: "key", ttl: nil)
            let first = cache.session.connection
            let admin = try await RedisConnection.connect(to: server.url)
            let killed = try await admin.send(["CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes"])
            #expect(killed.integer == 1)
            #expect(try await cache.value(for: "key") == Data("before".utf8))
            #expect(cache.session.connection !== first)
            await admin.close()
            await cache.close()
        }
    }

    @Test func unreachableServerErrorNamesHostAndPortButNotThePassword() async throws {
        // A port from a server that was just stopped: nothing listens there any more.
        let url = try await RedisTestServer.with { $0.url }
        let parsed = try RedisURL(parsing: "redis://:hunter2@127.0.0.1:\(url.port)/0")
        let error = await #expect(throws: CacheError.self) { _ = try await RedisCache.connect(to: parsed) }
        #expect(error?.isUnreachable == true)
        #expect(error?.description.contains("127.0.0.1:\(url.port)") == true)
        #expect(error?.description.contains("hunter2") == false)
    }
}

@Suite struct RedisConnectionTests {
    @Test func aServerThatNeverAnswersTimesOutInsteadOfHanging() async throws {
        let silent = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(silent.localAddress?.port)
        let connection = try await RedisConnection.connect(
            to: RedisURL(host: "127.0.0.1", port: port), commandTimeout: .milliseconds(200))
        let error = await #expect(throws: CacheError.self) { try await connection.send(["PING"]) }
        #expect(error?.isTimeout == true)
        #expect(error?.description.contains("127.0.0.1:\(port)") == true)
        await connection.close()
        try await silent.close()
    }
}

@Suite struct RedisURLTests {
    @Test func parsesEveryPart() throws {
        let url = try RedisURL(parsing: "redis://user:p%40ss@cache.local:6380/2")
        #expect(url == RedisURL(host: "cache.local", port: 6380, database: 2, user: "user", password: "p@ss"))
        #expect(url.description == "redis://cache.local:6380/2")
        #expect(try RedisURL(parsing: "redis://:pw@host") == RedisURL(host: "host", password: "pw"))
        #expect(try RedisURL(parsing: "redis://host") == RedisURL(host: "host"))
    }

    @Test(arguments: [
        "redis://", "redis://host/abc", "http://host", "redis://:secret@host:99999", "redis://:secret@host/x",
    ])
    func rejectsMalformedURLsWithoutRepeatingThePassword(_ text: String) {
        let error = #expect(throws: CacheError.self) { try RedisURL(parsing: text) }
        #expect(error?.isBadLocation == true)
        #expect(error?.description.contains("secret") == false)
    }

    @Test func decoderWaitsForCompleteRepliesAndReadsNesting() throws {
        var partial = ByteBuffer(string: "$5\r\nhel")
        #expect(try RESPDecoder.parse(&partial) == nil)
        var nested = ByteBuffer(string: "*3\r\n:42\r\n$-1\r\n*2\r\n+OK\r\n-ERR no\r\n")
        let value = try RESPDecoder.parse(&nested)
        #expect(value == .array([.integer(42), .bulkString(nil), .array([.simpleString("OK"), .error("ERR no")])]))
    }
}
