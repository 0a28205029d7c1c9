import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataHTTP

extension ScreenScraperProvider {
    static let credentialHint =
        "check RETRO_METADATA_SCREENSCRAPER_USERNAME and RETRO_METADATA_SCREENSCRAPER_PASSWORD"

    /// `jeuRecherche.php`: games whose name matches, without the `[{}]` "no results" placeholder.
    func searchGames(_ query: String, platformID: Int?, operation: String) async throws -> [Wire.Game] {
        var parameters = [("recherche", query)]
        if let platformID { parameters.append(("systemeid", String(platformID))) }
        guard let envelope = try await call("/jeuRecherche.php", parameters, operation: operation) else { return [] }
        return (envelope.response?.jeux ?? []).filter { !($0.id?.value ?? "").isEmpty }
    }

    /// `jeuInfos.php`: one game, or `nil` when ScreenScraper does not know it.
    func gameInfo(_ parameters: [(String, String)], operation: String) async throws -> Wire.Game? {
        guard let game = try await call("/jeuInfos.php", parameters, operation: operation)?.response?.jeu,
            !(game.id?.value ?? "").isEmpty
        else { return nil }
        return game
    }

    /// Sends one API call; `nil` for "game not found" (404).
    private func call(_ path: String, _ parameters: [(String, String)], operation: String) async throws
        -> Wire.Envelope?
    {
        let response = try await http.send(
            http.request(.get, http.url(path, query: authQuery + parameters)), operation: operation)
        if response.status == 404 { return nil }
        try check(response, operation: operation)
        let envelope: Wire.Envelope
        do {
            envelope = try http.decode(Wire.Envelope.self, from: response, operation: operation)
        } catch let error as ProviderError where error.code == .badResponse && !response.looksLikeHTML {
            // ScreenScraper sometimes sends invalid backslash escapes; repair them once and retry the decode.
            var repaired = response
            repaired.body = Self.repairingEscapes(response.body)
            envelope = try http.decode(Wire.Envelope.self, from: repaired, operation: operation)
        }
        if let user = envelope.response?.ssuser { await follow(user) }
        return envelope
    }

    /// Adopts the account's thread allowance and warns when a daily quota is reached.
    private func follow(_ user: Wire.User) async {
        if let limiter = adaptiveLimiter, let threads = user.maxthreads.flatMap({ Int($0.value) }), threads > 0,
            await limiter.limit.maxConcurrent != threads
        {
            await limiter.setMaxConcurrent(threads)
            http.logger.debug("ScreenScraper thread allowance", metadata: ["threads": "\(threads)"])
        }
        let used = [(user.requeststoday, user.maxrequestsperday), (user.requestskotoday, user.maxrequestskoperday)]
        for (today, maximum) in used {
            if let today = today.flatMap({ Int($0.value) }), let maximum = maximum.flatMap({ Int($0.value) }),
                maximum > 0, today >= maximum
            {
                http.logger.warning(
                    "ScreenScraper daily quota reached; requests will be refused until midnight CET",
                    metadata: ["used": "\(today)", "allowed": "\(maximum)"])
            }
        }
    }

    /// Maps ScreenScraper's text answers and status codes to errors that say what to do.
    private func check(_ response: HTTPResponse, operation: String) throws {
        let text = response.isSuccess && response.body.count > 2000 ? "" : response.text
        let provider = ProviderKey.screenscraper
        // The dev pair is at fault when the message names the developer ("développeur").
        let hint =
            text.contains("veloppeur")
            ? "the developer id/password were refused; check RETRO_METADATA_SCREENSCRAPER_DEVID and _DEVPASSWORD"
            : Self.credentialHint
        if text.contains("Erreur de login") {
            throw ProviderError.authentication(provider, operation: operation, status: response.status, hint: hint)
        }
        switch response.status {
        case 200..<300: return
        case 400:
            throw ProviderError.badResponse(provider, operation: operation, status: 400, detail: http.snippet(response))
        case 401:
            throw ProviderError.unavailable(
                provider, operation: operation, status: 401,
                detail: "the API is closed to non-members or inactive members while the servers are saturated")
        case 403:
            throw ProviderError.authentication(provider, operation: operation, status: 403, hint: hint)
        case 423:
            throw ProviderError.unavailable(provider, operation: operation, status: 423, detail: "the API is offline")
        case 426:
            throw ProviderError.configuration(
                provider, operation: operation,
                detail: "this software version is blocked by ScreenScraper; update retro-metadata")
        case 430:
            throw ProviderError.quotaExceeded(
                provider, operation: operation, status: 430, detail: "daily scrape quota used up",
                resets: "at midnight CET")
        case 431:
            throw ProviderError.quotaExceeded(
                provider, operation: operation, status: 431, detail: "daily quota of unrecognised ROMs used up",
                resets: "at midnight CET")
        default:
            try http.checkStatus(response, operation: operation, credentialHint: Self.credentialHint)
        }
    }

    /// Doubles every backslash that does not start a valid JSON escape.
    static func repairingEscapes(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if Array(#""\/bfnrtu"#.utf8).contains(next) {
                    output += [byte, next]
                    index += 2
                    continue
                }
                output += [byte, byte]
            } else {
                output.append(byte)
            }
            index += 1
        }
        return Data(output)
    }
}
