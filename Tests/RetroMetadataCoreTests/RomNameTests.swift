import Testing

@testable import RetroMetadataCore

@Suite struct RomNameTests {
    @Test func noIntroName() {
        let rom = RomName(parsing: "Legend of Zelda, The - A Link to the Past (USA) (Rev 1) [!].sfc")
        #expect(rom.name == "Legend of Zelda, The - A Link to the Past")
        #expect(rom.displayTitle == "The Legend of Zelda: A Link to the Past")
        #expect(rom.fileExtension == "sfc")
        #expect(rom.region == "us")
        #expect(rom.version == "Rev 1")
        #expect(rom.tags == ["USA", "Rev 1", "!"])
        #expect(rom.flags == [.verified])
        #expect(rom.searchKey == "legend of zelda a link to the past")
    }

    /// The spec's clean_filename examples.
    @Test(arguments: [
        ("[BIOS] PlayStation (USA).bin", "PlayStation"),
        ("Game  (USA)   (Rev 1).sfc", "Game"),
        ("roms/snes/Super Mario World (USA).sfc", "Super Mario World"),
        ("C:\\Games\\SNES\\Super Mario World (USA).sfc", "Super Mario World"),
        ("Super Mario Galaxy (USA) (En,Fr,Es).nkit.gcz", "Super Mario Galaxy"),
        ("(USA) [!]", ""),
        ("", ""),
        ("Dr. Mario", "Dr. Mario"),
    ])
    func cleanName(input: String, expected: String) {
        #expect(RomName(parsing: input).name == expected)
    }

    /// The spec's get_file_extension examples.
    @Test(arguments: [
        (".gitignore", "gitignore"), ("game.001", "001"), ("game.tar.gz", "gz"), ("Game (USA).SFC", "sfc"),
    ])
    func fileExtension(input: String, expected: String) {
        #expect(RomName(parsing: input).fileExtension == expected)
    }

    @Test func noExtension() {
        #expect(RomName(parsing: "Castlevania III").fileExtension == nil)
        #expect(RomName(parsing: "").fileExtension == nil)
    }

    @Test func tagsAllowMismatchedBrackets() {
        #expect(RomName(parsing: "Game (USA] [T+Eng].sfc").tags == ["USA", "T+Eng"])
        #expect(RomName(parsing: "Game () (USA).sfc").tags == ["USA"])
    }

    @Test(
        arguments: [
            ("Game (USA, Europe).sfc", ["us", "eu"]),
            ("Game (Japan, USA) (En,Ja).z64", ["jp", "us"]),
            ("Game (World).md", ["wor"]),
            ("Game (Korea).sms", ["kr"]),
            ("Super Mario World (U) [!].smc", ["us"]),
            ("Sonic (JUE) [!].bin", ["jp", "us", "eu"]),
            ("Game (E).gb", ["eu"]),
            ("Game (J) [T+Eng].sfc", ["jp"]),
            ("Game (En,Fr) (Europe).sfc", ["eu"]),
            ("Game (Fr).sfc", []),
            ("Game (FR).sfc", ["fr"]),
            ("Chrono Trigger (U) [b1].smc", ["us"]),
            ("Game [a1] (UK).nes", ["uk"]),
            ("Game.sfc", []),
        ] as [(String, [String])])
    func regions(input: String, expected: [String]) {
        let rom = RomName(parsing: input)
        #expect(rom.regions == expected)
        #expect(rom.region == expected.first)
    }

    @Test(
        arguments: [
            ("Game (Europe) (En,Fr,De).sfc", ["en", "fr", "de"]),
            ("Game (USA) (En).sfc", ["en"]),
            ("Game (J) [T+Eng1.1_RPGe].sfc", ["en"]),
            ("Seiken Densetsu 3 (Japan) [T-En by Neill Corlett v1.01].sfc", ["en"]),
            ("Game (J) [T+Spa].sfc", ["es"]),
            ("Game (Europe) (En+Fr).sfc", ["en", "fr"]),
            ("Game (USA).sfc", []),
        ] as [(String, [String])])
    func languages(input: String, expected: [String]) {
        #expect(RomName(parsing: input).languages == expected)
    }

    @Test(arguments: [
        ("Game (USA) (Rev 1).sfc", "Rev 1"),
        ("Game (USA) (Rev A).md", "Rev A"),
        ("Sonic_The_Hedgehog_(W)_(REV01)_[!].bin", "REV01"),
        ("Game (U) (V1.1) [!].smc", "V1.1"),
        ("Game (USA) (v2.0).gba", "v2.0"),
        ("Game (Version 1.2).gba", "Version 1.2"),
    ])
    func version(input: String, expected: String) {
        #expect(RomName(parsing: input).version == expected)
    }

    @Test func virtualConsoleIsNoVersion() {
        #expect(RomName(parsing: "Game (USA) (Virtual Console).z64").version == nil)
    }

    @Test func discNumbers() {
        #expect(RomName(parsing: "Final Fantasy VII (USA) (Disc 2).chd").disc == DiscTag(number: 2))
        #expect(RomName(parsing: "Riven (USA) (Disc 3 of 5).cue").disc == DiscTag(number: 3, total: 5))
        #expect(RomName(parsing: "Discworld (Europe).cue").disc == nil)
    }
}
