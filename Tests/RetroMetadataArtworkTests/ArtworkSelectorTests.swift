import RetroMetadataArtwork
import RetroMetadataCore
import Testing

@Suite("Artwork selection")
struct ArtworkSelectorTests {
    let selector = ArtworkSelector(
        preferences: ArtworkPreferences(
            sources: [.screenscraper, .thegamesdb, .igdb], sourcesByKind: [.wheel: [.steamgriddb, .screenscraper]],
            regions: ["us", "wor", "eu", "jp"], languages: ["en", "fr"]))

    @Test("within one source, the region order decides: us before wor before eu")
    func regionOrder() {
        let game = Game(
            name: "Sonic", ids: [.screenscraper: "1"],
            media: [
                .cover: [
                    MediaAsset(url: "https://ss/box(eu)", provider: .screenscraper, region: "eu"),
                    MediaAsset(url: "https://ss/box(wor)", provider: .screenscraper, region: "wor"),
                    MediaAsset(url: "https://ss/box(us)", provider: .screenscraper, region: "US"),
                    MediaAsset(url: "https://ss/box(xx)", provider: .screenscraper, region: "xx"),
                    MediaAsset(url: "https://ss/box", provider: .screenscraper),
                ]
            ])
        #expect(
            selector.ranked(.cover, in: [game]).map(\.url) == [
                "https://ss/box(us)", "https://ss/box(wor)", "https://ss/box(eu)", "https://ss/box(xx)",
                "https://ss/box",
            ])
    }

    @Test("source priority comes before region, and languages break region ties")
    func sourceThenRegionThenLanguage() {
        let igdb = Game(
            name: "Sonic", ids: [.igdb: "7"],
            media: [.cover: [MediaAsset(url: "https://igdb/cover", provider: .igdb, region: "us")]])
        let tgdb = Game(
            name: "Sonic", ids: [.thegamesdb: "9"],
            media: [
                .cover: [
                    MediaAsset(url: "https://tgdb/fr", region: "eu", language: "fr"),
                    MediaAsset(url: "https://tgdb/en", region: "eu", language: "en"),
                ]
            ])
        let ranked = selector.ranked(.cover, in: [igdb, tgdb])
        #expect(ranked.map(\.url) == ["https://tgdb/en", "https://tgdb/fr", "https://igdb/cover"])
        #expect(ranked.first?.provider == .thegamesdb)
    }

    @Test("a kind with its own source order uses it; kinds nobody offers are absent")
    func perKindOrderAndFallback() {
        let screenscraper = Game(
            name: "Doom", ids: [.screenscraper: "1"],
            media: [
                .wheel: [MediaAsset(url: "https://ss/wheel", provider: .screenscraper)],
                .cover: [MediaAsset(url: "https://ss/box", provider: .screenscraper)],
            ])
        let steamgriddb = Game(
            name: "Doom", ids: [.steamgriddb: "2"],
            media: [.wheel: [MediaAsset(url: "https://sgdb/logo", provider: .steamgriddb)]])
        let chosen = selector.select([.wheel, .cover, .video], in: [screenscraper, steamgriddb])
        #expect(chosen[.wheel]?.url == "https://sgdb/logo")
        #expect(chosen[.cover]?.url == "https://ss/box")
        #expect(chosen[.video] == nil)
    }

    @Test("identified by one source, art from another: only the second offers the kind")
    func crossProviderFallback() {
        let identified = Game(name: "Pong", ids: [.igdb: "1"])
        let art = Game(
            name: "Pong", ids: [.screenscraper: "5"],
            media: [.screenshot: [MediaAsset(url: "https://ss/ss(wor)", provider: .screenscraper, region: "wor")]])
        #expect(selector.ranked(.screenshot, in: [identified, art]).map(\.url) == ["https://ss/ss(wor)"])
    }
}
