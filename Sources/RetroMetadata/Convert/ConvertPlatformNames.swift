import Foundation
import RetroMetadataCore
import RetroMetadataExport

/// The folder and platform names `convert` writes, taken from the platform catalog.
public enum ConvertPlatformNames {
    /// The system folder name `flavour` uses for `name` (any alias the catalog knows), else a folder-safe
    /// form of `name`, so unknown platforms still convert.
    public static func system(for name: String, flavour: String) -> String {
        if let names = PlatformCatalog.standard.platform(named: name)?.frontendNames {
            let chosen: String? =
                switch flavour {
                case "esde": names.esde ?? names.es
                case "batocera": names.batocera ?? names.es
                default: names.es
                }
            if let chosen { return chosen }
        }
        return name.lowercased().replacingOccurrences(of: " ", with: "")
    }

    /// The RetroArch playlist name for `name` (any alias the catalog knows), else `name` itself.
    public static func playlist(for name: String) -> String {
        PlatformCatalog.standard.platform(named: name)?.frontendNames.retroarch ?? name
    }

    /// The names `frontend`'s paths use for platform `name`.
    public static func names(for name: String, frontend: String) -> ExportNames {
        ExportNames(
            system: system(for: name, flavour: frontend), platform: launchBox(for: name), playlist: playlist(for: name))
    }

    /// The LaunchBox platform name for `name` (any alias the catalog knows), else `name` itself.
    public static func launchBox(for name: String) -> String {
        PlatformCatalog.standard.platform(named: name)?.frontendNames.launchbox ?? name
    }
}
