import ArgumentParser
import RetroMetadataCore
import RetroMetadataExport

/// `retro-metadata frontends`: the frontends the manifests describe.
struct FrontendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontends", abstract: "List the frontends convert can read and write, from their manifests.")

    @OptionGroup var frontendOptions: FrontendOptions

    @Flag(help: "Print one JSON object per frontend.")
    var json = false

    func run() throws {
        let catalog = try frontendOptions.catalog()
        let rows = catalog.frontends.map { frontend in
            FrontendListing(
                name: frontend.name, title: frontend.manifest.title, format: frontend.manifest.format.rawValue,
                metadataFile: frontend.manifest.metadataFile, media: frontend.manifest.mediaKinds.map(\.rawValue),
                directory: frontend.directory)
        }
        if json {
            let lines = JSONLines()
            for row in rows { try lines.emit(row) }
            return
        }
        var table = TextTable(headers: ["FRONTEND", "METADATA FILE", "MEDIA"])
        for row in rows { table.rows.append([row.name, row.metadataFile, row.media.joined(separator: ",")]) }
        print(table.render(), terminator: "")
    }
}

/// One line of `frontends --json`.
struct FrontendListing: Encodable {
    let name: String
    let title: String
    let format: String
    let metadataFile: String
    let media: [String]
    let directory: String
}
