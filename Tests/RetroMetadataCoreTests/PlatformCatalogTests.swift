import Testing

@testable import RetroMetadataCore

@Suite struct PlatformCatalogTests {
    let catalog = PlatformCatalog.standard

    @Test func holdsEveryReferenceSlugOnce() {
        #expect(catalog.platforms.count == 458)
        #expect(Set(catalog.platforms.map(\.slug)).count == 458)
        #expect(catalog.platforms.allSatisfy { !$0.name.isEmpty })
    }

    // The reference fixtures' values: IGDB / MobyGames / ScreenScraper / RetroAchievements.
    @Test(
        arguments: [
            ("snes", 19, 15, 4, 3), ("nes", 18, 22, 3, 7), ("n64", 4, 9, 14, 2), ("gb", 33, 10, 9, 4),
            ("gba", 24, 12, 12, 5), ("switch", 130, 203, 225, nil), ("genesis", 29, 16, 1, 1), ("dc", 23, 8, 23, 40),
            ("psx", 7, 6, 57, 12), ("ps2", 8, 7, 58, 21), ("arcade", 52, 143, 75, 27), ("dos", 13, 2, 135, nil),
            ("atari2600", 59, 28, 26, 25), ("neogeoaes", 80, 36, 142, 27),
        ] as [(String, Int, Int, Int, Int?)])
    func carriesTheGlobalMapIDs(slug: String, igdb: Int, moby: Int, screenscraper: Int, ra: Int?) throws {
        let platform = try #require(catalog.platform(slug: slug))
        #expect(platform.numericID(.igdb) == igdb)
        #expect(platform.numericID(.mobygames) == moby)
        #expect(platform.numericID(.screenscraper) == screenscraper)
        #expect(platform.numericID(.retroachievements) == ra)
    }

    @Test func carriesTheProviderModuleIDs() throws {
        let snes = try #require(catalog.platform(slug: "snes"))
        #expect(snes.ids[.thegamesdb] == 6)
        #expect(snes.ids[.hltb] == "SNES")
        #expect(snes.ids[.hasheous] == "Super Nintendo Entertainment System")
        #expect(snes.ids[.launchbox] == "Super Nintendo Entertainment System")
        #expect(snes.ids[.flashpoint] == nil)
        #expect(catalog.platform(slug: "browser")?.ids[.flashpoint] == 1)
    }

    @Test func keepsTheReferenceOddities() {
        #expect(catalog.platform(slug: "famicom")?.numericID(.retroachievements) == 1)
        #expect(catalog.platform(slug: "philips-cd-i")?.numericID(.igdb) == 117)
        #expect(["arcade", "cps1", "cps2", "cps3"].allSatisfy { catalog.platform(slug: $0)?.numericID(.igdb) == 52 })
        #expect(catalog.platform(slug: "supergrafx")?.numericID(.retroachievements) == 8)
    }

    @Test(arguments: [
        ("neo-geo-cd", "Neo Geo CD"), ("acorn-archimedes", "Acorn Archimedes"), ("snes", "Super Nintendo"),
        ("3do", "3DO Interactive Multiplayer"), ("sam-coupe", "SAM Coupé"), ("dragon-32-slash-64", "Dragon 32/64"),
    ])
    func namesPlatformsProperly(slug: String, name: String) {
        #expect(catalog.platform(slug: slug)?.name == name)
    }

    @Test func givesFrontendNamesForExport() throws {
        let genesis = try #require(catalog.platform(slug: "genesis")).frontendNames
        #expect(genesis.es == "megadrive")
        #expect(genesis.esde == "genesis")
        #expect(genesis.batocera == "megadrive")
        #expect(genesis.launchbox == "Sega Genesis")
        #expect(genesis.retroarch == "Sega - Mega Drive - Genesis")
        #expect(catalog.platform(slug: "psx")?.frontendNames.launchbox == "Sony Playstation")
        #expect(catalog.platform(slug: "06c")?.frontendNames == PlatformFrontendNames())
    }

    @Test(arguments: [
        // EmulationStation / RetroPie folders
        ("megadrive", "genesis"), ("genesis", "genesis"), ("sfc", "sfam"), ("snes", "snes"), ("pcengine", "tg16"),
        ("tg16", "tg16"), ("fbneo", "arcade"), ("mame", "arcade"), ("psx", "psx"), ("ps2", "ps2"), ("n64", "n64"),
        ("gb", "gb"), ("gbc", "gbc"), ("gba", "gba"), ("nes", "nes"), ("famicom", "famicom"),
        ("mastersystem", "sms"), ("gamegear", "gamegear"), ("dreamcast", "dc"), ("saturn", "saturn"),
        ("segacd", "segacd"), ("sega32x", "sega32"), ("atari2600", "atari2600"), ("neogeo", "neogeoaes"),
        ("ngp", "neo-geo-pocket"), ("ngpc", "neo-geo-pocket-color"), ("wonderswan", "wonderswan"),
        ("pcenginecd", "turbografx-cd"), ("amiga", "amiga"), ("c64", "c64"), ("dos", "dos"), ("pc", "dos"),
        ("scummvm", "scummvm"), ("gc", "ngc"), ("coleco", "colecovision"), ("videopac", "odyssey-2"),
        // ES-DE systems
        ("n3ds", "3ds"), ("tg-cd", "turbografx-cd"), ("megacd", "segacd"), ("windows", "win"),
        ("gx4000", "amstrad-gx4000"),
        // Batocera systems
        ("wswan", "wonderswan"), ("wswanc", "wonderswan-color"), ("gamecube", "ngc"), ("amiga500", "amiga"),
        ("c20", "vic-20"), ("o2em", "odyssey-2"), ("msx2+", "msx2plus"), ("msx2", "msx2"), ("pico8", "pico"),
        // LaunchBox platforms
        ("Super Nintendo Entertainment System", "snes"), ("Sega Genesis", "genesis"), ("Sony Playstation", "psx"),
        ("MS-DOS", "dos"), ("Nintendo Game Boy Advance", "gba"), ("SNK Neo Geo AES", "neogeoaes"),
        ("NEC TurboGrafx-16", "tg16"), ("Nintendo Game & Watch", "g-and-w"),
        // RetroArch databases
        ("Nintendo - Super Nintendo Entertainment System", "snes"), ("Sega - Mega Drive - Genesis", "genesis"),
        ("Sony - PlayStation", "psx"), ("NEC - PC Engine - TurboGrafx 16", "tg16"),
        ("SNK - Neo Geo Pocket Color", "neo-geo-pocket-color"),
        // display names
        ("Super Nintendo", "snes"), ("Neo Geo CD", "neo-geo-cd"), ("Acorn Archimedes", "acorn-archimedes"),
    ])
    func resolvesAliases(name: String, slug: String) throws {
        #expect(try catalog.resolve(name).slug == slug)
    }

    @Test(arguments: [
        ("MEGADRIVE", "genesis"), ("Mega Drive", "genesis"), ("mega_drive", "genesis"), ("mega-drive", "genesis"),
        ("  snes ", "snes"), ("Neo-Geo CD", "neo-geo-cd"), ("neo_geo_cd", "neo-geo-cd"), ("SAM Coupe", "sam-coupe"),
        ("sony - playstation 2", "ps2"), ("Nintendo64", "n64"), ("ti99", "ti-994a"), ("ti-99", "ti-99"),
    ])
    func toleratesCaseSpacingAndAccents(name: String, slug: String) {
        #expect(catalog.platform(named: name)?.slug == slug)
    }

    @Test func everyDeclaredAliasAndFrontendNameLeadsToItsPlatform() {
        for (alias, slug) in PlatformCatalog.builtInAliases {
            #expect(catalog.platform(named: alias)?.slug == slug, "alias \(alias)")
        }
        for platform in catalog.platforms {
            for name in platform.frontendNames.all {
                #expect(catalog.platform(named: name)?.slug == platform.slug, "frontend name \(name)")
            }
        }
    }

    @Test(
        arguments: [
            (ProviderKey.igdb, PlatformID.int(19), "snes"), (.igdb, 52, "arcade"), (.igdb, 79, "neogeomvs"),
            (.igdb, 26, "zx80"), (.mobygames, 22, "famicom"), (.mobygames, 56, "windows-mobile"),
            (.screenscraper, 1, "genesis"), (.screenscraper, 3, "famicom"), (.retroachievements, 1, "famicom"),
            (.retroachievements, 12, "psx"), (.thegamesdb, 6, "snes"), (.hltb, "SNES", "snes"),
            (.launchbox, "Sega Genesis", "genesis"), (.flashpoint, 1, "browser"), (.thegamesdb, 1, "dos"),
            (.hltb, "PC", "dos"), (.hltb, "Meta Quest", "oculus-quest"),
        ] as [(ProviderKey, PlatformID, String)])
    func findsPlatformsByProviderID(provider: ProviderKey, id: PlatformID, slug: String) {
        #expect(catalog.platform(for: provider, id: id)?.slug == slug)
    }

    @Test func findsNothingForUnknownIDsOrNames() {
        #expect(catalog.platform(for: .igdb, id: 999_999) == nil)
        #expect(catalog.platform(for: .igdb, id: "19") == nil)
        #expect(catalog.platform(for: .steamgriddb, id: 1) == nil)
        #expect(catalog.platform(named: "") == nil)
        #expect(catalog.platform(named: "---") == nil)
        #expect(catalog.platform(named: "not a console") == nil)
    }

    @Test(arguments: [("snse", "snes"), ("megadriev", "genesis"), ("playstaton", "psx"), ("dreamcst", "dc")])
    func suggestsTheClosestSlugs(name: String, expected: String) {
        #expect(catalog.suggestions(for: name).first == expected)
    }

    @Test func reportsUnknownPlatformsWithSuggestions() {
        #expect {
            try catalog.resolve("snse")
        } throws: { error in
            guard let error = error as? RetroMetadataError else { return false }
            return error.code == .unknownPlatform && error.field == "platform"
                && error.message.hasPrefix("unknown platform 'snse'; closest: snes")
        }
        #expect(catalog.suggestions(for: "qqqqqqqqqqqq").isEmpty)
        #expect(catalog.suggestions(for: "snes", limit: 0).isEmpty)
    }

    @Test func measuresEditDistance() {
        #expect(PlatformCatalog.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
        #expect(PlatformCatalog.editDistance([], Array("abc".unicodeScalars)) == 3)
        #expect(PlatformCatalog.editDistance(Array("snse".unicodeScalars), Array("snes".unicodeScalars)) == 1)
        #expect(PlatformCatalog.similarity("snes", "snes") == 1)
        #expect(PlatformCatalog.similarity("abcd", "wxyz") == 0)
    }

    @Test func buildsCatalogsFromOtherData() {
        let custom = PlatformCatalog(
            platforms: [
                Platform(slug: "a", name: "Alpha", ids: [.igdb: 1]), Platform(slug: "b", name: "Beta", ids: [.igdb: 1]),
            ],
            aliases: [("first", "a"), ("ghost", "missing")], sharedIDOwners: [(.igdb, 1, "b")])
        #expect(custom.platform(named: "First")?.slug == "a")
        #expect(custom.platform(named: "ghost") == nil)
        #expect(custom.platform(named: "beta")?.slug == "b")
        #expect(custom.platform(for: .igdb, id: 1)?.slug == "b")
    }
}
