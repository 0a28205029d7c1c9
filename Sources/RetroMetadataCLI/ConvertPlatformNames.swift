import Foundation

// TEMPORARY TABLE — replace with the platform catalog at merge.
// EmulationStation system folder names ⇄ LaunchBox platform names, only for `convert` until the
// catalog (aliases per frontend) lands. One line per platform; nothing else reads this file.

/// ES system names and LaunchBox platform names of common platforms, for `convert`.
enum ConvertPlatformNames {
    /// (ES system folder name, LaunchBox platform name), one line per platform.
    static let pairs: [(system: String, launchBox: String)] = [
        ("3do", "3DO Interactive Multiplayer"),
        ("amiga", "Commodore Amiga"),
        ("amstradcpc", "Amstrad CPC"),
        ("arcade", "Arcade"),
        ("atari2600", "Atari 2600"),
        ("atari5200", "Atari 5200"),
        ("atari7800", "Atari 7800"),
        ("atarijaguar", "Atari Jaguar"),
        ("atarilynx", "Atari Lynx"),
        ("c64", "Commodore 64"),
        ("colecovision", "ColecoVision"),
        ("dos", "MS-DOS"),
        ("dreamcast", "Sega Dreamcast"),
        ("fds", "Nintendo Famicom Disk System"),
        ("gameandwatch", "Nintendo Game & Watch"),
        ("gamegear", "Sega Game Gear"),
        ("gb", "Nintendo Game Boy"),
        ("gba", "Nintendo Game Boy Advance"),
        ("gbc", "Nintendo Game Boy Color"),
        ("gc", "Nintendo GameCube"),
        ("intellivision", "Mattel Intellivision"),
        ("mame", "Arcade"),
        ("mastersystem", "Sega Master System"),
        ("megadrive", "Sega Genesis"),
        ("genesis", "Sega Genesis"),
        ("msx", "Microsoft MSX"),
        ("n3ds", "Nintendo 3DS"),
        ("n64", "Nintendo 64"),
        ("naomi", "Sega Naomi"),
        ("nds", "Nintendo DS"),
        ("neogeo", "SNK Neo Geo AES"),
        ("nes", "Nintendo Entertainment System"),
        ("ngp", "SNK Neo Geo Pocket"),
        ("ngpc", "SNK Neo Geo Pocket Color"),
        ("pcengine", "NEC TurboGrafx-16"),
        ("pcenginecd", "NEC TurboGrafx-CD"),
        ("ps2", "Sony Playstation 2"),
        ("ps3", "Sony Playstation 3"),
        ("psp", "Sony PSP"),
        ("psvita", "Sony Playstation Vita"),
        ("psx", "Sony Playstation"),
        ("saturn", "Sega Saturn"),
        ("scummvm", "ScummVM"),
        ("sega32x", "Sega 32X"),
        ("segacd", "Sega CD"),
        ("sg-1000", "Sega SG-1000"),
        ("snes", "Super Nintendo Entertainment System"),
        ("switch", "Nintendo Switch"),
        ("triforce", "Sega Triforce"),
        ("vectrex", "GCE Vectrex"),
        ("virtualboy", "Nintendo Virtual Boy"),
        ("wii", "Nintendo Wii"),
        ("wiiu", "Nintendo Wii U"),
        ("wonderswan", "Bandai WonderSwan"),
        ("wonderswancolor", "Bandai WonderSwan Color"),
        ("zxspectrum", "Sinclair ZX Spectrum"),
    ]

    /// The ES system name for `name` (an ES name or a LaunchBox name), else a folder-safe form of `name`.
    static func system(for name: String) -> String {
        let lowered = name.lowercased()
        if let pair = pairs.first(where: { $0.system == lowered || $0.launchBox.lowercased() == lowered }) {
            return pair.system
        }
        return lowered.replacingOccurrences(of: " ", with: "")
    }

    /// The LaunchBox platform name for `name` (an ES name or a LaunchBox name), else `name` itself.
    static func launchBox(for name: String) -> String {
        let lowered = name.lowercased()
        return pairs.first { $0.system == lowered || $0.launchBox.lowercased() == lowered }?.launchBox ?? name
    }
}
