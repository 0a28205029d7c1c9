import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataProviders

/// A hash-identifying provider that knows every ROM: the game is named after the file, its id is the CRC; each call
/// passes through a gauge and takes a number of scheduler turns that depends on the ROM, so games end out of order.
struct EchoingHashProvider: HashIdentifying {
    let key = ProviderKey.screenscraper
    let gauge: ConcurrencyGauge

    func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult] { [] }

    func game(id: String) async throws -> Game? { nil }

    func identify(fileName: String, platformID: Int?) async throws -> Game? { nil }

    func identify(hashes: FileHashes, fileName: String?, platformID: Int?) async throws -> Game? {
        await gauge.enter()
        for _ in 0..<(Int(hashes.crc32.prefix(2), radix: 16) ?? 0) % 40 + 10 { await Task.yield() }
        await gauge.leave()
        let stem = (fileName ?? "").split(separator: " (").first.map(String.init) ?? ""
        return Game(name: stem, ids: [key: hashes.crc32])
    }
}

/// An HTTP transport answering every request with an empty SteamGridDB list, counting requests in flight.
struct GaugedTransport: HTTPTransport {
    let gauge: ConcurrencyGauge

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        await gauge.enter()
        for _ in 0..<20 { await Task.yield() }
        await gauge.leave()
        return HTTPResponse(
            status: 200, headers: [("Content-Type", "application/json")],
            body: Data(#"{"success": true, "data": []}"#.utf8))
    }
}
