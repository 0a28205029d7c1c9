import Testing

@testable import RetroMetadataCore

@Suite struct TitleKeyTests {
    @Test(arguments: [
        ("Legend of Zelda, The - A Link to the Past", "The Legend of Zelda: A Link to the Past"),
        ("Final Fantasy III", "Final Fantasy 3"),
        ("Street Fighter II Turbo", "Street Fighter 2 Turbo"),
        ("Tetris & Dr. Mario", "Tetris and Dr Mario"),
        ("Pokemon Snap", "Pokémon Snap"),
        ("Megaman 8", "Mega Man 8"),
        ("Yoshis Story", "Yoshi's Story"),
        ("S.T.U.N. Runner", "STUN Runner"),
        ("Star Wars Episode I - Racer", "Star Wars: Episode 1 - Racer"),
        ("7th Saga, The", "The 7th Saga"),
        ("Mario vs Donkey Kong", "Mario versus Donkey Kong"),
    ])
    func sameKey(first: String, second: String) {
        #expect(TitleKey(first).compact == TitleKey(second).compact)
    }

    @Test(arguments: [
        ("Mega Man X", "Mega Man 10"),
        ("Crash Bandicoot", "Crash Bandicoot 2"),
        ("Super Mario Bros. 3", "Super Mario Bros."),
    ])
    func differentKey(first: String, second: String) {
        #expect(TitleKey(first).compact != TitleKey(second).compact)
    }

    @Test func splitsSubtitles() {
        let key = TitleKey("Crash Bandicoot 2: Cortex Strikes Back")
        #expect(key.hasSubtitle)
        #expect(key.mainCompact == Array("crashbandicoot2".unicodeScalars.map(\.value)))
        #expect(key.numbers == [[50]])
        #expect(!TitleKey("Spider-Man").hasSubtitle)
    }

    @Test func emptyTitle() {
        #expect(TitleKey("").compact.isEmpty)
        #expect(TitleKey("!!! ---").compact.isEmpty)
    }
}
