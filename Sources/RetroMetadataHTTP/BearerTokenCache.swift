/// Keeps one access token: fetched on first use, reused until shortly before it expires, renewed on demand.
///
/// Concurrent callers share one fetch. Used for IGDB's Twitch client-credentials token and HowLongToBeat's session.
public actor BearerTokenCache {
    /// A token and how long it stays valid from when it was fetched.
    public struct Token: Sendable {
        /// The access token.
        public var value: String
        /// Lifetime from the moment it was issued.
        public var lifetime: Duration
        /// Values issued together with the token (session keys, endpoint URLs).
        public var extras: [String: String]

        /// Creates a token.
        public init(value: String, lifetime: Duration, extras: [String: String] = [:]) {
            self.value = value
            self.lifetime = lifetime
            self.extras = extras
        }
    }

    private let fetch: @Sendable () async throws -> Token
    private let time: any TimeSource
    private let margin: Duration
    private var current: (token: Token, expiry: Duration)?
    private var pending: Task<Token, any Error>?
    private var fetchCount = 0

    /// Creates a cache calling `fetch` for new tokens; tokens are dropped `margin` before their expiry.
    public init(
        margin: Duration = .seconds(60), time: any TimeSource = ContinuousTimeSource(),
        fetch: @escaping @Sendable () async throws -> Token
    ) {
        self.fetch = fetch
        self.time = time
        self.margin = margin
    }

    /// A valid token, fetching one when none is held or the held one has expired.
    public func token() async throws -> String {
        try await session().value
    }

    /// A valid token with its extras, fetching one when none is held or the held one has expired.
    public func session() async throws -> Token {
        if let current, time.now() < current.expiry { return current.token }
        if let pending { return try await pending.value }
        let task = Task { try await fetch() }
        pending = task
        defer { pending = nil }
        let started = time.now()
        let token = try await task.value
        fetchCount += 1
        current = (token, started + token.lifetime - margin)
        return token
    }

    /// Forgets `token` (after a 401) so the next call fetches a new one; a newer token is kept.
    public func invalidate(_ token: String) {
        if current?.token.value == token { current = nil }
    }

    /// How many tokens were fetched so far.
    public var fetches: Int { fetchCount }
}
