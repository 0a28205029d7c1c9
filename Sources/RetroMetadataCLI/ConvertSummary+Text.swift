import RetroMetadata

extension ConvertSummary {
    /// The human form.
    func printText() {
        let verb = dryRun ? "would convert" : "converted"
        print("\(verb) \(entries) entries from \(from) to \(to): " + outputs.joined(separator: ", "))
        guard dryRun else {
            if !media.isEmpty { print("placed \(media.count) media files") }
            return
        }
        for file in files { print("\(file.action) \(file.path)") }
        for file in media { print("\(file.action) \(file.destination) (\(file.kind) of \(file.entry))") }
        for entry in fields ?? [] { print("  \(entry.path): \(entry.fields.joined(separator: ", "))") }
    }
}
