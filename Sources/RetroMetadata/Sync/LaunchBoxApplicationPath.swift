import Foundation

/// LaunchBox `ApplicationPath` values: Windows-style paths, absolute or relative to the LaunchBox folder.
public enum LaunchBoxApplicationPath {
    /// The absolute POSIX path `path` names inside `root`, or `nil` for a Windows drive path (`F:\Games\x.iso`),
    /// a URL or an empty value, which cannot be resolved on this machine.
    public static func resolve(_ path: String, root: String) -> String? {
        let slashed = path.replacingOccurrences(of: "\\", with: "/")
        guard !slashed.isEmpty, !slashed.contains("://"), !isDrivePath(slashed) else { return nil }
        let absolute = slashed.hasPrefix("/") ? slashed : root + "/" + slashed
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
    }

    /// `absolute` relative to `root`, with backslashes as LaunchBox writes it (`..\roms\snes\x.sfc`).
    public static func relative(_ absolute: String, to root: String) -> String {
        let target = URL(fileURLWithPath: absolute).standardizedFileURL.pathComponents
        let base = URL(fileURLWithPath: root).standardizedFileURL.pathComponents
        var common = 0
        while common < target.count - 1, common < base.count, target[common] == base[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...]).joined(separator: "\\")
    }

    /// The last component of `path`, whatever its separators, in lower case (LaunchBox runs on a file system
    /// that ignores case).
    public static func fileNameKey(_ path: String) -> String {
        ScrapeFolder.fileName(path).lowercased()
    }

    /// Whether `path` (with forward slashes) starts with a drive letter: `C:/…`.
    private static func isDrivePath(_ path: String) -> Bool {
        let characters = Array(path.prefix(3))
        return characters.count >= 2 && characters[0].isLetter && characters[1] == ":"
    }
}
