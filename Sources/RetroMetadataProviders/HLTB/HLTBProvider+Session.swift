import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataHTTP

extension HLTBProvider {
    static let sessionHint =
        "HowLongToBeat refused the session (it ties sessions to the address and User-Agent); try later"
    /// How long a session is reused before a new one is opened (the site does not say; 403 renews earlier).
    static let sessionLifetime: Duration = .seconds(30 * 60)

    /// Finds the search URL, then opens a session: `GET <search URL>/init?t=<ms>` → token and hp key/value.
    static func openSession(http: ProviderHTTPClient, configuredSearchURL: String?, endpointURL: String) async throws
        -> BearerTokenCache.Token
    {
        var endpoint = configuredSearchURL
        if endpoint == nil { endpoint = await discover(http: http, endpointURL: endpointURL) }
        let searchURL = resolve(endpoint ?? "search", http: http)
        let millis = Int64(Date().timeIntervalSince1970 * 1000)
        let url = URLQuery.append([("t", String(millis))], to: searchURL + "/init")
        let response = try await http.send(
            http.request(.get, url, headers: [("Accept", "application/json")]), operation: "session")
        try http.checkStatus(response, operation: "session", credentialHint: sessionHint)
        let answer = try http.decode(Wire.SessionAnswer.self, from: response, operation: "session")
        guard let token = answer.token, !token.isEmpty else {
            throw ProviderError.badResponse(.hltb, operation: "session", detail: "no session token in the answer")
        }
        var extras = ["search_url": searchURL]
        extras["hp_key"] = answer.hpKey.nonEmpty
        extras["hp_val"] = answer.hpVal.nonEmpty
        return BearerTokenCache.Token(value: token, lifetime: sessionLifetime, extras: extras)
    }

    /// The published search endpoint (a path or an absolute URL), or `nil` when it cannot be read.
    static func discover(http: ProviderHTTPClient, endpointURL: String) async -> String? {
        guard let response = try? await http.send(http.request(.get, endpointURL), operation: "session"),
            response.isSuccess, !response.looksLikeHTML
        else { return nil }
        let text = response.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty || text.contains(" ") || text.contains("\n") ? nil : text
    }

    /// An absolute URL as is; a path relative to the API base URL.
    static func resolve(_ endpoint: String, http: ProviderHTTPClient) -> String {
        if endpoint.hasPrefix("http://") || endpoint.hasPrefix("https://") {
            return endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        }
        let path = endpoint.drop { $0 == "/" }
        return http.url("/" + path)
    }

    /// POSTs a search; a 403 renews the session once.
    func searchGames(terms: [String], size: Int, operation: String) async throws -> [Wire.Game] {
        var session = try await sessions.session()
        var response = try await postSearch(terms: terms, size: size, session: session, operation: operation)
        if response.status == 403 {
            http.logger.debug("HowLongToBeat session refused; opening a new one")
            await sessions.invalidate(session.value)
            session = try await sessions.session()
            response = try await postSearch(terms: terms, size: size, session: session, operation: operation)
        }
        try http.checkStatus(response, operation: operation, credentialHint: Self.sessionHint)
        return try http.decode(Wire.SearchAnswer.self, from: response, operation: operation).data ?? []
    }

    private func postSearch(terms: [String], size: Int, session: BearerTokenCache.Token, operation: String)
        async throws -> HTTPResponse
    {
        let hpKey = session.extras["hp_key"]
        let hpVal = session.extras["hp_val"]
        var headers: [(name: String, value: String)] = [
            ("Content-Type", "application/json"), ("Accept", "*/*"), ("Origin", siteURL), ("Referer", siteURL + "/"),
            ("x-auth-token", session.value),
        ]
        if let hpKey, let hpVal { headers += [("x-hp-key", hpKey), ("x-hp-val", hpVal)] }
        let body = try Self.searchBody(terms: terms, size: size, hpKey: hpKey, hpVal: hpVal)
        var request = http.request(
            .post, session.extras["search_url"] ?? http.url("/search"), headers: headers, body: body)
        for secret in [session.value, hpVal].compactMap({ $0 }) { request.redactor.add(secret) }
        return try await http.send(request, operation: operation)
    }

    /// The search body the site's own page sends, with the session's hp key/value member when it has one.
    static func searchBody(terms: [String], size: Int, hpKey: String?, hpVal: String?) throws -> Data {
        let games: [String: Any] = [
            "userId": 0, "platform": "", "sortCategory": "popular", "rangeCategory": "main",
            "rangeTime": ["min": NSNull(), "max": NSNull()],
            "gameplay": ["perspective": "", "flow": "", "genre": "", "difficulty": ""],
            "rangeYear": ["min": "", "max": ""], "modifier": "",
        ]
        var body: [String: Any] = [
            "searchType": "games", "searchTerms": terms, "searchPage": 1, "size": max(1, size),
            "searchOptions": [
                "games": games, "users": ["sortCategory": "postcount"], "lists": ["sortCategory": "follows"],
                "filter": "", "sort": 0, "randomizer": 0,
            ] as [String: Any],
            "useCache": true,
        ]
        if let hpKey, let hpVal { body[hpKey] = hpVal }
        return try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
    }

    /// The record embedded in the game page's `__NEXT_DATA__` script; `nil` for an unknown id.
    func gamePage(id: Int) async throws -> Wire.Game? {
        let request = http.request(.get, siteURL + "/game/\(id)", headers: [("Accept", "text/html")])
        let response = try await http.send(request, operation: "get")
        if response.status == 404 { return nil }
        try http.checkStatus(response, operation: "get", credentialHint: Self.sessionHint)
        guard let json = Self.nextData(in: response.text) else {
            throw ProviderError.badResponse(
                .hltb, operation: "get", status: response.status, detail: "the game page has no __NEXT_DATA__ script")
        }
        let page = try http.decode(
            Wire.GamePage.self, from: HTTPResponse(status: response.status, body: json), operation: "get")
        return page.props?.pageProps?.game?.data?.game?.first
    }

    /// The JSON text inside `<script id="__NEXT_DATA__" ...>...</script>`.
    static func nextData(in html: String) -> Data? {
        guard let marker = html.range(of: "id=\"__NEXT_DATA__\""),
            let open = html[marker.upperBound...].firstIndex(of: ">"),
            let close = html.range(of: "</script>", range: html.index(after: open)..<html.endIndex)
        else { return nil }
        return Data(html[html.index(after: open)..<close.lowerBound].utf8)
    }
}
