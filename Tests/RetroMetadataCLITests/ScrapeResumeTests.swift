import Foundation
import RetroMetadataTesting
import Testing

extension ScrapeArtworkCommandTests {
    /// Whether `request` is about one of the games `ids`: its search, record, artwork lists or cover file.
    static func concerns(_ request: RecordedRequest, _ ids: [Int]) -> Bool {
        let target = request.target.removingPercentEncoding ?? request.target
        return ids.contains { id in
            let name = Self.ids.first { $0.value == id }?.key ?? "?"
            return target.contains(name) || request.path.hasSuffix("/game/\(id)")
                || request.path.hasSuffix("/games/id/\(id)") || request.path == "/img/\(id).png"
        }
    }

    @Test func aKilledRunIsContinuedAskingOnlyForWhatWasNotDone() async throws {
        try await withLoopbackServer { server in
            Self.install(server)
            // Gamma Road's search never answers in time: the first run is killed while it waits.
            var hang = FixtureRoute("GET", "/api/v2/search/autocomplete/") {
                $0.target.removingPercentEncoding?.contains("Gamma Road") == true
            }
            hang.isPrefix = true
            server.on(hang, FixtureResponse.json(#"{"success": true, "data": []}"#).delayed(by: .seconds(30)))
            let arguments = arguments(["megadrive", "snes"])
            let environment = environment(server)
            let reached = try await onThread {
                let running = try RunningCommand(arguments, environment: environment)
                defer { running.kill() }
                // Games are identified several at once: Delta Fort's record is asked only after its search was
                // answered and stored, so waiting for it too makes the set of answered searches the same every run.
                return running.wait {
                    let requests = server.requests
                    return requests.contains { Self.concerns($0, [3]) }
                        && requests.contains { $0.path.hasSuffix("/games/id/4") }
                }
            }
            #expect(reached)
            let firstRun = server.requests
            // The megadrive folder was finished, so it was written before the interruption.
            let megadrive = try #require(file("out/megadrive/gamelist.xml"))
            #expect(String(decoding: megadrive, as: UTF8.self).contains("<name>Beta Racer</name>"))
            #expect(file("out/snes/gamelist.xml") == nil)

            server.on(
                hang, .json(#"{"success": true, "data": [{"id": 3, "name": "Gamma Road", "types": []}]}"#))
            let second = try await run(arguments, server)
            #expect(second.status == 0, "\(second.stderr)")
            let secondRun = server.requests.dropFirst(firstRun.count)
            #expect(!secondRun.isEmpty)
            #expect(secondRun.allSatisfy { Self.concerns($0, [3, 4]) }, "\(secondRun.map(\.target))")
            // A search answered before the kill is not asked again.
            let answered = firstRun.filter { $0.path.hasPrefix("/api/v2/search/") && !Self.concerns($0, [3]) }
            #expect(!secondRun.contains { request in answered.contains { $0.target == request.target } })
            #expect(file("out/megadrive/gamelist.xml") == megadrive)
            let snes = String(decoding: try #require(file("out/snes/gamelist.xml")), as: UTF8.self)
            #expect(snes.contains("<name>Gamma Road</name>") && snes.contains("<name>Delta Fort</name>"))
            #expect(file("out/snes/media/covers/Gamma Road (USA).png") == Self.cover(3))
        }
    }
}
