import Foundation
import Logging
import RetroMetadata
import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataStore
import RetroMetadataTesting
import Testing

@Suite("Platform-scoped local sources through the client")
struct PlatformScopedClientTests {
    @Test("the client's platform reaches a local gamelist source, which is asked directly, not through the cache")
    func gamelistScopedAndUncached() async throws {
        let folder = try TemporaryFolder()
        for (system, name) in [("nes", "Block Drop (NES)"), ("gb", "Block Drop (Game Boy)")] {
            let list = URL(fileURLWithPath: folder.path).appendingPathComponent("roms/\(system)")
            try FileManager.default.createDirectory(at: list, withIntermediateDirectories: true)
            try Data("<gameList><game><path>./Block Drop.zip</path><name>\(name)</name></game></gameList>".utf8)
                .write(to: list.appendingPathComponent("gamelist.xml"))
        }
        let provider = try GamelistProvider(sources: GamelistSource.find(romsPath: folder.path + "/roms"))
        let memory = MemoryCache()
        let cache = ResponseCache(backend: memory, logger: Logger(label: "test"))
        let client = MetadataClient(providers: [ClientProvider(provider, priority: -30, cache: cache)], cache: cache)
        let onGB = try await client.identify(fileName: "Block Drop.zip", platform: "gb")
        let onNES = try await client.identify(fileName: "Block Drop.zip", platform: "nes")
        #expect(onGB.game?.name == "Block Drop (Game Boy)")
        #expect(onNES.game?.name == "Block Drop (NES)")
        let found = try await client.search("Block Drop", platform: "gb")
        #expect(found.results.map(\.name) == ["Block Drop (Game Boy)"])
        #expect(await memory.statistics().entries == 0)
    }
}
