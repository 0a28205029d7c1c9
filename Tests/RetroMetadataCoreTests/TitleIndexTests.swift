import Testing

@testable import RetroMetadataCore

@Suite struct TitleIndexTests {
    let index = TitleIndex(titles: [
        "Crash Bandicoot", "Crash Bandicoot 2: Cortex Strikes Back", "Crash Bandicoot: Warped",
        "Final Fantasy III", "Final Fantasy VI", "The Legend of Zelda: A Link to the Past",
        "Super Mario Galaxy", "Super Mario Galaxy 2", "Mega Man X", "Mega Man 10",
        "Fire Emblem: The Sacred Stones", "Fire Emblem: Path of Radiance",
    ])

    @Test(arguments: [
        ("Crash Bandicoot 2 (USA).chd", "Crash Bandicoot 2: Cortex Strikes Back"),
        ("Crash Bandicoot (USA).chd", "Crash Bandicoot"),
        ("Final Fantasy 3 (U) (V1.1) [!].smc", "Final Fantasy III"),
        ("Legend of Zelda, The - A Link to the Past (USA) (Rev 1) [!].sfc", "The Legend of Zelda: A Link to the Past"),
        ("Super Mario Galaxy (USA) (En,Fr,Es).nkit.gcz", "Super Mario Galaxy"),
        ("Megaman X (U).smc", "Mega Man X"),
        ("Mega Man 10 (USA).wad", "Mega Man 10"),
        ("Legend of Zelda - A Link to the Paste.sfc", "The Legend of Zelda: A Link to the Past"),
    ])
    func decides(file: String, title: String) {
        let match = index.match(fileName: file)
        #expect(match.decided, "\(file): \(match)")
        #expect(match.title == title)
    }

    @Test(arguments: [
        "Crash Bandicoot 4 (USA).chd",
        "Fire Emblem (USA).gba",
        "Final Fantasy (USA).nes",
        "Tetris (USA).nes",
        "(USA) [!].sfc",
        "",
    ])
    func abstains(file: String) {
        #expect(index.match(fileName: file).decidedTitle == nil, "\(file)")
    }

    @Test func titlesSharingAKeyNeedTheQuerySpelling() {
        let index = TitleIndex(titles: ["Brave Racer", "The Brave Racer", "Brave Racer"])
        let spelled = index.match(fileName: "Brave Racer, The (USA).md")
        #expect(spelled.decidedTitle == "The Brave Racer")
        #expect(index.match(fileName: "Brave Racer (USA).md").decidedTitle == "Brave Racer")
        let other = index.match(title: "Brave Racer, A")
        #expect(other.index == 0)
        #expect(!other.decided)
    }

    @Test func oneShotMatch() {
        let match = TitleIndex.match(
            "Final Fantasy 3 (U) (V1.1) [!].smc", among: ["Final Fantasy II", "Final Fantasy III", "Final Fantasy VI"])
        #expect(match.decidedTitle == "Final Fantasy III")
        #expect(match.index == 1)
        #expect(match.score == 1)
    }

    @Test func veryLongNamesDoNotBreakMatching() {
        let long = String(repeating: "Quest ", count: 20_000) + "(USA).sfc"
        #expect(TitleIndex.match(long, among: ["Quest", "Dragon Quest"]).decidedTitle == nil)
    }

    @Test func shortenedTitleWhoseWordsAreAllInTheTitle() {
        let titles = ["The Legend of Zelda: A Link to the Past", "Zelda II: The Adventure of Link"]
        #expect(TitleIndex.match("Zelda - A Link to the Past (U) [!].smc", among: titles).decidedTitle == titles[0])
        // One or two words are too little to stand for a longer title.
        #expect(TitleIndex.match("Tetris (USA).nes", among: ["Tetris & Dr. Mario"]).decidedTitle == nil)
    }

    @Test func emptyIndex() {
        #expect(TitleIndex(titles: []).match(title: "Anything") == .none)
    }

    @Test func largeIndexStillFindsTheTitle() {
        var titles = (0..<5000).map { "Generated Game \($0) Adventure" }
        titles.append("Castlevania: Symphony of the Night")
        let match = TitleIndex(titles: titles).match(fileName: "Castlevania - Symphony of the Night (USA).chd")
        #expect(match.decidedTitle == "Castlevania: Symphony of the Night")
    }
}
