import Foundation
import NIOCore
import NIOPosix
import RetroMetadataStore
import Testing

/// A private `redis-server` on 127.0.0.1 and a free port, without persistence, stopped after use.
final class RedisTestServer: Sendable {
    /// The `redis-server` binary on `PATH` (or in /usr/bin, /usr/sbin), `nil` when not installed.
    static let executable: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return (folders + ["/usr/bin", "/usr/sbin", "/usr/local/bin"]).map { $0 + "/redis-server" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Why Redis tests are skipped on this machine.
    static let skipReason: Comment =
        "redis-server is not installed (scripts/install-deps installs it); Redis tests skipped"

    /// Where the server listens.
    let url: RedisURL
    private let process: Process

    private init(url: RedisURL, process: Process) {
        self.url = url
        self.process = process
    }

    /// Runs `body` with a fresh server (extra `arguments` such as `--requirepass`), stopping it afterwards
    /// whether `body` succeeds or throws.
    static func with<T>(
        arguments: [String] = [], _ body: (RedisTestServer) async throws -> T
    ) async throws -> T {
        let server = try await start(arguments: arguments)
        do {
            let result = try await body(server)
            server.stop()
            return result
        } catch {
            server.stop()
            throw error
        }
    }

    /// Starts a server, retrying on another port when the chosen one was taken in the meantime.
    static func start(arguments: [String] = []) async throws -> RedisTestServer {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        var lastError: any Error = CocoaError(.fileNoSuchFile)
        for _ in 0..<3 {
            let port = try await freePort()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments =
                [
                    "--port", "\(port)", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                    "--dir", NSTemporaryDirectory(),
                ] + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let server = RedisTestServer(url: RedisURL(host: "127.0.0.1", port: port), process: process)
            do {
                try await server.waitUntilReady(password: arguments.passwordArgument)
                return server
            } catch {
                lastError = error
                server.stop()
            }
        }
        throw lastError
    }

    /// Stops the server and waits for it to exit.
    func stop() {
        // SIGKILL: the test process may block SIGTERM in children it spawns, and the server keeps no data.
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    private func waitUntilReady(password: String?) async throws {
        var url = url
        url.password = password
        var lastError: any Error = CacheError.unreachable(url.address, "not started")
        for _ in 0..<100 {
            guard process.isRunning else { break }
            do {
                let connection = try await RedisConnection.connect(to: url, timeout: .milliseconds(500))
                let reply = try await connection.send(["PING"])
                await connection.close()
                if reply.text == "PONG" { return }
            } catch {
                lastError = error
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw lastError
    }

    /// A TCP port nobody listens on right now: bind port 0, read the port, close.
    private static func freePort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 0
        try await channel.close()
        return port
    }
}

extension [String] {
    /// The value after `--requirepass`, if present.
    fileprivate var passwordArgument: String? {
        guard let index = firstIndex(of: "--requirepass"), index + 1 < count else { return nil }
        return self[index + 1]
    }
}
