import Foundation

/// Where frontend templates are looked for: built-in templates, then each `--templates` folder (which override).
public enum FrontendSearchPath {
    /// The built-in templates folder: `<bin>/../share/retro-metadata/templates` next to the installed binary, else the
    /// `templates/` of a source tree found by walking up from the executable, then from the current directory.
    public static func builtIn(executable: String, currentDirectory: String) -> String? {
        let binFolder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = binFolder.deletingLastPathComponent().appendingPathComponent("share/retro-metadata/templates")
            .path
        if isFolder(installed) { return installed }
        for start in [binFolder.path, currentDirectory] {
            var folder = URL(fileURLWithPath: start).standardizedFileURL
            while true {
                let candidate = folder.appendingPathComponent("templates").path
                if isFolder(candidate),
                    FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
                {
                    return candidate
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }

    /// The folders to load, in order: the built-in one (if found), then `extra`.
    public static func folders(extra: [String], executable: String, currentDirectory: String) -> [String] {
        (builtIn(executable: executable, currentDirectory: currentDirectory).map { [$0] } ?? []) + extra
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
