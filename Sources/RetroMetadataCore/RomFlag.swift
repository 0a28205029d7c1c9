/// A property of a ROM dump or release read from its name's tags (`(Beta)`, `[!]`, `[h1C]`, ...).
public enum RomFlag: String, CaseIterable, Codable, Sendable {
    /// A system BIOS rather than a game (`[BIOS]`, `Game Boy BIOS`).
    case bios
    /// A demo, sample, trial, preview or kiosk build.
    case demo
    /// A beta or alpha build (`(Beta)`, `(Beta 2)`).
    case beta
    /// A prototype (`(Proto)`, `(Prototype)`).
    case prototype
    /// Unlicensed (`(Unl)`).
    case unlicensed
    /// A pirate release (`(Pirate)`, GoodTools `[p1]`).
    case pirate
    /// A hack (`(Hack)`, GoodTools `[h1C]`).
    case hack
    /// A fan translation (GoodTools `[T+Eng]`, `[T-En by ...]`).
    case translation
    /// A known bad dump (`[b]`, `[b1]`).
    case badDump = "bad_dump"
    /// A verified good dump (GoodTools `[!]`).
    case verified
    /// An alternate dump (`[a1]`, `(Alt)`).
    case alternate
    /// An overdump (`[o1]`).
    case overdump
    /// A fixed dump (`[f1]`).
    case fixed
    /// A dump with a trainer (`[t1]`).
    case trainer
    /// Public domain (`(PD)`).
    case publicDomain = "public_domain"
}
