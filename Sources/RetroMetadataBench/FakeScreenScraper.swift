import Foundation
import RetroMetadataHTTP
import RetroMetadataTesting
import Synchronization

/// A loopback stand-in for ScreenScraper's api2 under one account's limits.
///
/// Every answer comes after `latency`. It knows most ROMs by hash (one in `unknownEvery`, by CRC, is not in its
/// database: 404), finds nothing by name, and refuses as ScreenScraper does when a limit is exceeded: 429 for too
/// many threads or requests per minute, 430 for the daily quota, 431 for the daily quota of unrecognised ROMs.
final class FakeScreenScraper: Sendable {
    /// What the fake answered so far.
    struct Counts: Sendable {
        /// Requests received, refused ones included.
        var requests = 0
        /// Requests refused with 429 (threads or requests per minute).
        var throttled = 0
        /// Requests refused with 430 or 431 (daily quotas).
        var overQuota = 0
        /// Hash lookups of ROMs it does not know (404).
        var unrecognised = 0
    }

    private struct State {
        var counts = Counts()
        /// Arrival times of the accepted requests of the last minute, oldest first.
        var arrivals: [ContinuousClock.Instant] = []
        /// Accepted requests since the fake started (its "day").
        var accepted = 0
    }

    /// Wait before every answer, as a round trip to the real service takes.
    let latency: Duration
    /// The account's limits.
    let limits: ScreenScraperLimits
    /// One ROM in this many (by CRC-32) is unknown to the fake.
    let unknownEvery: UInt32
    private let state = Mutex(State())

    /// A fake answering after `latency` under `limits`.
    init(latency: Duration, limits: ScreenScraperLimits, unknownEvery: UInt32 = 20) {
        self.latency = latency
        self.limits = limits
        self.unknownEvery = unknownEvery
    }

    /// The counts so far.
    var counts: Counts { state.withLock { $0.counts } }

    /// Serves `jeuInfos.php` and `jeuRecherche.php` on `server`.
    func install(on server: LoopbackServer) {
        server.on(FixtureRoute("GET", "/api2/jeuInfos.php")) { self.gameInfo($0).delayed(by: self.latency) }
        server.on(FixtureRoute("GET", "/api2/jeuRecherche.php")) { self.search($0).delayed(by: self.latency) }
    }

    /// A hash lookup: the game named after the ROM, or 404 for an unknown one.
    private func gameInfo(_ request: RecordedRequest) -> FixtureResponse {
        if let refusal = admit() { return refusal }
        guard let crc = request.queryValue("crc").flatMap({ UInt32($0, radix: 16) }), crc % unknownEvery != 0 else {
            let overQuota = state.withLock { state in
                state.counts.unrecognised += 1
                if state.counts.unrecognised <= limits.maxUnrecognisedPerDay { return false }
                state.counts.overQuota += 1
                return true
            }
            return overQuota
                ? .text("Daily quota of unrecognised ROMs reached", status: 431)
                : .text("Erreur : Jeu non trouvée !", status: 404)
        }
        let fileName = request.queryValue("romnom") ?? "Unknown"
        let stem = (fileName as NSString).deletingPathExtension
        let title = String(stem.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)
        let game = Self.game(id: Int(crc % 900_000) + 1, name: title, system: request.queryValue("systemeid") ?? "0")
        return answer(["jeu": game])
    }

    /// A name search: the "no results" placeholder ScreenScraper sends.
    private func search(_ request: RecordedRequest) -> FixtureResponse {
        admit() ?? answer(["jeux": [[String: String]()]])
    }

    /// Counts the request against the limits: the refusal when it goes over one, else `nil`.
    private func admit() -> FixtureResponse? {
        let now = ContinuousClock.now
        return state.withLock { state in
            state.counts.requests += 1
            let recent = state.arrivals.firstIndex { now - $0 < .seconds(60) } ?? state.arrivals.count
            state.arrivals.removeFirst(recent)
            // Each accepted request is answered `latency` after it arrived: those younger are still in flight.
            let inFlight = state.arrivals.reversed().prefix { now - $0 < latency }.count
            if inFlight >= limits.maxThreads || state.arrivals.count >= limits.maxRequestsPerMinute {
                state.counts.throttled += 1
                return .text("Too many requests or threads for this account", status: 429)
            }
            if state.accepted >= limits.maxRequestsPerDay {
                state.counts.overQuota += 1
                return .text("Daily scrape quota reached", status: 430)
            }
            state.arrivals.append(now)
            state.accepted += 1
            return nil
        }
    }

    /// A JSON answer with the account block, as every ScreenScraper answer has.
    private func answer(_ response: [String: Any]) -> FixtureResponse {
        var response = response
        let counts = state.withLock { ($0.accepted, $0.counts.unrecognised) }
        response["ssuser"] = [
            "id": "bench-user", "maxthreads": String(limits.maxThreads),
            "maxrequestspermin": String(limits.maxRequestsPerMinute), "requeststoday": String(counts.0),
            "maxrequestsperday": String(limits.maxRequestsPerDay), "requestskotoday": String(counts.1),
            "maxrequestskoperday": String(limits.maxUnrecognisedPerDay),
        ]
        let envelope: [String: Any] = ["header": ["APIversion": "2.0", "success": "true"], "response": response]
        let body = (try? JSONSerialization.data(withJSONObject: envelope)) ?? Data()
        return FixtureResponse(status: 200, headers: [("Content-Type", "application/json")], body: body)
    }

    /// A game record in ScreenScraper's shape, without media (artwork downloads are not part of this benchmark).
    private static func game(id: Int, name: String, system: String) -> [String: Any] {
        [
            "id": String(id), "romid": String(id), "notgame": "false",
            "noms": [["region": "ss", "text": name], ["region": "us", "text": name]],
            "systeme": ["id": system, "text": "Super Nintendo"],
            "editeur": ["id": String(id % 31), "text": "Publisher \(id % 31)"],
            "developpeur": ["id": String(id % 97), "text": "Developer \(id % 97)"],
            "joueurs": ["text": "1-\(1 + id % 4)"], "note": ["text": String(10 + id % 10)],
            "synopsis": [["langue": "en", "text": "The story of \(name), told over several levels."]],
            "dates": [["region": "us", "text": "199\(id % 10)-0\(1 + id % 9)-15"]],
            "genres": [
                ["id": "1", "noms": [["langue": "en", "text": "Platform"], ["langue": "fr", "text": "Plateforme"]]]
            ],
        ]
    }
}
