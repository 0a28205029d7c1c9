extension RomName {
    /// Words that open a tag naming a flag, as No-Intro and Redump write them (`(Beta 2)`, `(Proto 1)`).
    static let flagWords: [String: RomFlag] = [
        "demo": .demo, "sample": .demo, "trial": .demo, "preview": .demo, "kiosk": .demo, "taikenban": .demo,
        "beta": .beta, "alpha": .beta,
        "proto": .prototype, "prototype": .prototype,
        "unl": .unlicensed, "unlicensed": .unlicensed,
        "pirate": .pirate,
        "hack": .hack,
        "bios": .bios,
        "alt": .alternate,
        "pd": .publicDomain,
    ]

    /// GoodTools dump codes in square brackets: the letter, then an optional number.
    static let goodToolsCodes: [Character: RomFlag] = [
        "a": .alternate, "b": .badDump, "f": .fixed, "h": .hack, "o": .overdump, "p": .pirate, "t": .trainer,
    ]

    /// The flags one tag sets.
    static func flags(of tag: RomNameScanner.Tag) -> Set<RomFlag> {
        let text = tag.text.trimmingSpaces
        if text == "!" { return [.verified] }
        if LanguageTable.translationLanguage(inTag: text) != nil { return [.translation] }
        if tag.isSquare, let flag = goodToolsFlag(text) { return [flag] }
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" })
        // `(Beta 2)`, `(Proto 1)`, `(Hack by Someone)`: the first word decides; the reference wanted
        // the whole tag, so `(Beta 2)` was not a beta there.
        guard let first = words.first, let flag = flagWords[String(first)] else { return [] }
        return [flag]
    }

    /// A GoodTools code such as `b1`, `h1C`, `hI`, `a`, `o2`, `t1`, `p1`.
    private static func goodToolsFlag(_ text: String) -> RomFlag? {
        guard let letter = text.first, let flag = goodToolsCodes[letter] else { return nil }
        let rest = text.dropFirst()
        if rest.isEmpty || rest.allSatisfy(\.isNumber) { return flag }
        // Hacks carry a suffix naming the kind: `h1C`, `hI`, `hFFE`, `h2+C`.
        guard letter == "h" else { return nil }
        let digits = rest.prefix(while: \.isNumber)
        let suffix = rest.dropFirst(digits.count)
        guard let head = suffix.first, head.isUppercase || head == "+" else { return nil }
        return suffix.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" }) ? .hack : nil
    }

    /// True for a version or revision tag: `Rev 1`, `Rev A`, `REV01`, `v1.1`, `Version 2.0`.
    ///
    /// The reference took any tag starting with `v`, so `(Virtual Console)` counted; a digit must follow here.
    static func isVersion(_ tag: String) -> Bool {
        let lower = tag.trimmingSpaces.lowercased()
        if lower.hasPrefix("rev") {
            let rest = lower.dropFirst(3).drop(while: { $0 == " " })
            return !rest.isEmpty && rest.count <= 4 && rest.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." }
        }
        if lower.hasPrefix("version") { return lower.dropFirst(7).drop(while: { $0 == " " }).first?.isNumber == true }
        if lower.hasPrefix("v") { return lower.dropFirst().first?.isNumber == true }
        return false
    }

    /// True when a word of the name is `bios` (or `bios7`, `bios9`).
    ///
    /// The reference looked for the letters anywhere, so `Symbiosis` counted as a BIOS.
    static func namesBIOS(_ name: String) -> Bool {
        name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { word in
            word.hasPrefix("bios") && word.dropFirst(4).allSatisfy(\.isNumber)
        }
    }
}
