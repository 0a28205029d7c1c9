/// Which file extensions hold games, per universal platform slug. Data, declared once.
public enum RomExtensions {
    /// Container and disc formats accepted for every platform.
    public static let common: Set<String> = ["zip", "7z", "m3u", "cue", "chd", "iso"]

    /// Extensions accepted for a platform this table does not know.
    public static let fallback: Set<String> = common.union([
        "bin", "img", "rom", "gdi", "cdi", "pbp", "cso", "rvz", "wbfs", "dsk", "adf", "tap", "tzx", "d64",
        "nes", "sfc", "smc", "gb", "gbc", "gba", "nds", "n64", "z64", "v64", "md", "gen", "sms", "gg", "pce",
        "a26", "a78", "lnx", "ws", "wsc", "ngp", "ngc", "32x", "exe", "com", "bat", "st", "msa", "uef",
    ])

    // Keep one line per platform, sorted by slug.
    /// Extensions (without the dot, lower case) of each platform's own ROM formats.
    public static let byPlatform: [String: Set<String>] = [
        "3do": ext("iso bin cue chd"),
        "3ds": ext("3ds cia cxi cci app 3dsx"),
        "64dd": ext("ndd d64"),
        "acpc": ext("dsk sna cdt voc tap cpr m3u"),
        "amiga": ext("adf adz dms ipf hdf hdz lha lzx uae m3u"),
        "amiga-cd32": ext("iso cue bin chd"),
        "amstrad-gx4000": ext("cpr bin"),
        "appleii": ext("dsk do po nib woz 2mg"),
        "apple-iigs": ext("2mg po hdv woz"),
        "arcade": ext("zip 7z"),
        "atari-st": ext("st msa stx dim ipf"),
        "atari2600": ext("a26 bin"),
        "atari5200": ext("a52 bin car"),
        "atari7800": ext("a78 bin"),
        "atari8bit": ext("atr atx xex xfd car cas com bin"),
        "c64": ext("d64 d71 d81 g64 t64 tap prg p00 crt nib"),
        "colecovision": ext("col rom bin"),
        "cps1": ext("zip 7z"),
        "cps2": ext("zip 7z"),
        "cps3": ext("zip 7z"),
        "dc": ext("gdi cdi chd cue bin raw"),
        "dos": ext("exe com bat dosz conf"),
        "fairchild-channel-f": ext("chf bin"),
        "famicom": ext("nes fds unf unif"),
        "fds": ext("fds nes"),
        "gamegear": ext("gg bin"),
        "gb": ext("gb sgb dmg bin"),
        "gba": ext("gba agb bin srl mb"),
        "gbc": ext("gbc cgb gb"),
        "genesis": ext("md gen smd bin 68k sgd"),
        "intellivision": ext("int rom bin itv"),
        "jaguar": ext("j64 jag rom abs cof bin prg"),
        "lynx": ext("lnx lyx o"),
        "msx": ext("rom mx1 mx2 dsk cas col"),
        "msx2": ext("rom mx2 dsk cas"),
        "n64": ext("n64 z64 v64 ndd u1"),
        "nds": ext("nds dsi ids srl"),
        "neo-geo-cd": ext("cue bin chd iso"),
        "neo-geo-pocket": ext("ngp"),
        "neo-geo-pocket-color": ext("ngc ngp"),
        "neogeoaes": ext("zip 7z"),
        "neogeomvs": ext("zip 7z"),
        "nes": ext("nes fds unf unif"),
        "ngc": ext("gcm iso gcz rvz ciso dol elf wbfs"),
        "odyssey-2": ext("bin"),
        "pc-fx": ext("cue ccd chd toc"),
        "pokemon-mini": ext("min"),
        "ps2": ext("iso bin chd cso gz mdf img nrg"),
        "ps3": ext("iso pkg"),
        "psp": ext("iso cso pbp prx elf"),
        "psvita": ext("vpk psvimg"),
        "psx": ext("cue bin chd pbp iso m3u img mdf toc cbn ccd exe"),
        "satellaview": ext("bs sfc smc"),
        "saturn": ext("cue bin chd iso mdf ccd"),
        "scummvm": ext("scummvm svm"),
        "sega-pico": ext("md bin"),
        "sega32": ext("32x bin md"),
        "segacd": ext("cue bin chd iso"),
        "sfam": ext("sfc smc fig swc bs st"),
        "sg1000": ext("sg bin"),
        "sms": ext("sms bin"),
        "snes": ext("sfc smc fig swc bs st"),
        "supergrafx": ext("pce sgx cue chd"),
        "supervision": ext("sv bin"),
        "switch": ext("nsp xci nca nro"),
        "tg16": ext("pce cue chd toast"),
        "turbografx-cd": ext("cue chd ccd"),
        "vectrex": ext("vec gam bin"),
        "vic-20": ext("20 40 60 a0 b0 crt d64 prg tap"),
        "virtualboy": ext("vb vboy bin"),
        "wii": ext("iso wbfs rvz gcz ciso wad dol elf"),
        "wiiu": ext("wud wux rpx wua"),
        "wonderswan": ext("ws"),
        "wonderswan-color": ext("wsc ws"),
        "xbox": ext("iso xbe"),
        "zx81": ext("p 81 tzx"),
        "zxs": ext("tzx tap z80 sna dsk scl trd szx"),
    ]

    /// Every extension accepted for `platform` (its own plus the common containers);
    /// the generous fallback set for a platform the table does not know.
    public static func accepted(for platform: String) -> Set<String> {
        guard let own = byPlatform[platform.lowercased()] else { return fallback }
        return own.union(common)
    }

    private static func ext(_ list: String) -> Set<String> {
        Set(list.split(separator: " ").map(String.init))
    }
}
