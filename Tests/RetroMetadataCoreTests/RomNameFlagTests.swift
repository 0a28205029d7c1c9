import Testing

@testable import RetroMetadataCore

@Suite struct RomNameFlagTests {
    @Test(
        arguments: [
            ("[BIOS] PlayStation (USA).bin", RomFlag.bios),
            ("Game Boy Advance BIOS (World).gba", .bios),
            ("bios7.bin", .bios),
            ("Game (USA) (Demo).iso", .demo),
            ("Game (Europe) (Sample).sfc", .demo),
            ("Game (USA) (Kiosk).chd", .demo),
            ("Game (USA) (Beta).sfc", .beta),
            ("Game (USA) (Beta 2).sfc", .beta),
            ("Star Fox 2 (USA, Europe) (Proto).sfc", .prototype),
            ("Game (Japan) (Proto 1).pce", .prototype),
            ("Action 52 (USA) (Unl).nes", .unlicensed),
            ("King of Fighters 2000 (World) (Unl) (Pirate).sfc", .pirate),
            ("Super Mario World (Hack).sfc", .hack),
            ("Sonic (JUE) [h1C].bin", .hack),
            ("Sonic (JUE) [hI].bin", .hack),
            ("Final Fantasy V (J) [T+Eng1.1_RPGe].sfc", .translation),
            ("Final Fantasy V (J) [T-Eng].sfc", .translation),
            ("Chrono Trigger (U) [b1].smc", .badDump),
            ("Chrono Trigger (U) [b].smc", .badDump),
            ("Chrono Trigger (U) [!].smc", .verified),
            ("Chrono Trigger (U) [a1].smc", .alternate),
            ("Chrono Trigger (U) [o1].smc", .overdump),
            ("Chrono Trigger (U) [f1].smc", .fixed),
            ("Chrono Trigger (U) [t1].smc", .trainer),
            ("Tetris (PD).gb", .publicDomain),
        ] as [(String, RomFlag)])
    func setsFlag(input: String, flag: RomFlag) {
        #expect(RomName(parsing: input).flags.contains(flag), "\(input)")
    }

    @Test func symbiosisIsNoBIOS() {
        // The reference matched "bios" inside any word; only whole words count here.
        #expect(!RomName(parsing: "symbiosis (USA).sfc").isBIOS)
        #expect(RomName(parsing: "[BIOS] PlayStation (USA).bin").isBIOS)
    }

    @Test func demoCoversUnfinishedReleases() {
        #expect(RomName(parsing: "Game (Proto).sfc").isDemo)
        #expect(RomName(parsing: "Game (Beta 2).sfc").isDemo)
        #expect(RomName(parsing: "Game (Demo).sfc").isDemo)
        #expect(!RomName(parsing: "Demolition Man (USA).sfc").isDemo)
        #expect(!RomName(parsing: "Game (USA).sfc").isDemo)
    }

    @Test func unlicensedCoversPirateAndHack() {
        #expect(RomName(parsing: "Game (Unl).nes").isUnlicensed)
        #expect(RomName(parsing: "Game (Pirate).nes").isUnlicensed)
        #expect(RomName(parsing: "Game [h1].nes").isUnlicensed)
        #expect(!RomName(parsing: "Game (USA).nes").isUnlicensed)
    }

    @Test func bracketLettersAreDumpCodesNotRegions() {
        let rom = RomName(parsing: "Game (U) [a1] [b2] [f1].smc")
        #expect(rom.regions == ["us"])
        #expect(rom.flags == [.alternate, .badDump, .fixed])
    }

    @Test func plainNameHasNoFlags() {
        #expect(RomName(parsing: "Super Mario World (USA).sfc").flags.isEmpty)
    }
}
