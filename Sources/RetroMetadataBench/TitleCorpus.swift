/// Generated game titles and messy ROM file names made from some of them, deterministic per seed.
struct TitleCorpus {
    /// Candidate titles, all distinct.
    var titles: [String]
    /// File names with the index of the title each was made from.
    var names: [(file: String, title: Int)]

    private static let adjectives = [
        "Super", "Mega", "Final", "Dark", "Crystal", "Golden", "Shadow", "Iron", "Silent", "Eternal", "Wild",
        "Hyper", "Lost", "Ancient", "Cosmic", "Royal", "Crimson", "Frozen", "Burning", "Secret", "Little", "Grand",
        "Mystic", "Savage", "Turbo", "Neon", "Hidden", "Brave", "Wicked", "Lunar",
    ]
    private static let nouns = [
        "Mario", "Fantasy", "Quest", "Dragon", "Knight", "Legend", "Warrior", "Racer", "Fighter", "Saga", "Island",
        "Castle", "Kingdom", "Ninja", "Soldier", "Star", "Force", "Hunter", "Tale", "Blade", "Storm", "Empire",
        "Planet", "Galaxy", "Monster", "Hero", "Spirit", "Dungeon", "Circuit", "Arena", "Raider", "Pilot",
        "Wizard", "Tower", "Ocean", "Forest", "Machine", "Engine", "Phantom", "Titan",
    ]
    private static let subtitles = [
        "The Lost Age", "Rise of the Sinistrals", "Year of the Dragon", "Tournament Edition", "The Dark Sword",
        "Return of the King", "Shadow of Oblivion", "The Second Story", "Legacy of Darkness", "Seeds of Evil",
        "Dawn of Souls", "The Sacred Stones", "Circle of the Moon", "Harmony of Dissonance", "Ripto's Rage",
    ]
    private static let numerals = ["II", "III", "IV", "V", "VI", "2", "3", "4", "64", "2000"]
    private static let tags = [
        " (USA)", " (Europe) (En,Fr,De)", " (Japan)", " (USA) (Rev 1)", " (U) [!]", " (E) [b1]", " (J) [T+Eng]",
        " (World)", " (USA, Europe)", " (JUE) [h1C]", " (USA) (Proto)", "",
    ]
    private static let extensions = [".sfc", ".smc", ".md", ".nes", ".gba", ".z64", ".chd", ".iso", ".zip"]

    /// Builds `titleCount` titles and `nameCount` names from a seed.
    init(titleCount: Int, nameCount: Int, seed: UInt64 = 2024) {
        var random = SeededGenerator(seed: seed)
        var seen = Set<String>()
        // Real catalogs have thousands of distinct words; made-up names give the generated one the same spread.
        let invented = (0..<3000).map { _ in Self.inventedWord(using: &random) }
        var titles: [String] = []
        while titles.count < titleCount {
            let first =
                Bool.random(using: &random)
                ? Self.adjectives.randomElement(using: &random)! : invented.randomElement(using: &random)!
            var title = "\(first) \(Self.nouns.randomElement(using: &random)!)"
            if Bool.random(using: &random) { title += " \(invented.randomElement(using: &random)!)" }
            if Int.random(in: 0..<10, using: &random) < 2 { title = "The " + title }
            if Int.random(in: 0..<10, using: &random) < 4 {
                title += " \(Self.numerals.randomElement(using: &random)!)"
            }
            if Int.random(in: 0..<10, using: &random) < 3 {
                title += ": \(Self.subtitles.randomElement(using: &random)!)"
            }
            if seen.count >= titleCount / 2 { title += " \(titles.count)" }
            if seen.insert(title).inserted { titles.append(title) }
        }
        var names: [(file: String, title: Int)] = []
        for _ in 0..<nameCount {
            let index = Int.random(in: 0..<titleCount, using: &random)
            names.append((Self.messy(titles[index], using: &random), index))
        }
        self.titles = titles
        self.names = names
    }

    /// A pronounceable made-up word of two or three syllables (`Kalomir`).
    private static func inventedWord(using random: inout SeededGenerator) -> String {
        let onsets = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kr", "st", "sh", "th"]
        let vowels = ["a", "e", "i", "o", "u", "ai", "ou"]
        let syllables = Int.random(in: 2...3, using: &random)
        let word =
            (0..<syllables).map { _ in onsets.randomElement(using: &random)! + vowels.randomElement(using: &random)! }
            .joined() + (Bool.random(using: &random) ? ["n", "r", "x", "s"].randomElement(using: &random)! : "")
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// A file name for a title, written the way real collections do.
    private static func messy(_ title: String, using random: inout SeededGenerator) -> String {
        var name = title.replacingColons()
        if name.hasPrefix("The "), Bool.random(using: &random) {
            let rest = name.dropFirst(4)
            let parts = rest.split(separator: " - ", maxSplits: 1)
            name = parts[0] + ", The" + (parts.count > 1 ? " - " + parts[1] : "")
        }
        let roll = Int.random(in: 0..<10, using: &random)
        if roll == 0 { name = name.replacingWord("III", with: "3").replacingWord("II", with: "2") }
        if roll == 1, name.count > 6 {
            var characters = Array(name)
            characters.swapAt(3, 4)
            name = String(characters)
        }
        if roll == 2 { name = name.replacingOccurrences(" ", with: "_") }
        return name + tags.randomElement(using: &random)! + extensions.randomElement(using: &random)!
    }
}

extension String {
    /// `A: B` written as `A - B`, as file names must.
    fileprivate func replacingColons() -> String { replacingOccurrences(": ", with: " - ") }

    /// Every occurrence of `target` replaced.
    fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    /// A whole word replaced.
    fileprivate func replacingWord(_ word: String, with replacement: String) -> String {
        split(separator: " ", omittingEmptySubsequences: false).map { $0 == word ? replacement : String($0) }
            .joined(separator: " ")
    }
}
