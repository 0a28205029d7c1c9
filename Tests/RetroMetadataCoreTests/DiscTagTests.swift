import Testing

@testable import RetroMetadataCore

@Suite struct DiscTagTests {
    @Test(
        arguments: [
            ("Final Fantasy VII (USA) (Disc 1).bin", 1, nil),
            ("Final Fantasy VII (USA) (Disc 2 of 3).cue", 2, 3),
            ("Policenauts (Japan) (CD1).chd", 1, nil),
            ("Maniac Mansion (Side B).dsk", 2, nil),
            ("Riven [Disk 4].iso", 4, nil),
            ("Shenmue (Europe) (Disc_3).gdi", 3, nil),
        ] as [(String, Int, Int?)])
    func readsDiscTags(name: String, number: Int, total: Int?) {
        let tag = DiscTag(fileName: name)
        #expect(tag?.number == number)
        #expect(tag?.total == total)
    }

    @Test(arguments: [
        "Super Mario World (USA).sfc", "Discworld (Europe).cue", "CD Player (Japan).bin",
        "Game (Disc 3 of 2).bin", "Game (Disc).bin", "Game (Side).bin", "Game (Disc 0).bin",
    ])
    func ignoresOtherTags(name: String) {
        #expect(DiscTag(fileName: name) == nil)
    }
}
