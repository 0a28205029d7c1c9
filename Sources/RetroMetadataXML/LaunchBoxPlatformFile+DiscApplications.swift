import Foundation
import RetroMetadataCore

extension LaunchBoxPlatformFile {
    /// Adds an `<AdditionalApplication>` for each disc of the games whose ApplicationPath is a key of `discs`
    /// (value: every disc's path, in order), as LaunchBox lists a multi-disc game; a disc its game already lists
    /// (same ApplicationPath) is left as it is, so adding twice changes nothing. Returns how many were added.
    @discardableResult
    public mutating func addDiscApplications(_ discs: [String: [String]]) -> Int {
        guard let rootIndex = document.rootIndex(named: "LaunchBox"), var root = document.nodes[rootIndex].element
        else { return 0 }
        var listed: Set<String> = []
        for record in root.childElements where record.name == "AdditionalApplication" {
            let game = record.recordValue("GameID", ignoringCase: true)?.lowercased() ?? ""
            listed.insert(game + "\u{0}" + (record.recordValue("ApplicationPath") ?? "").lowercased())
        }
        var added = 0
        for entry in library.entries {
            guard let paths = discs[entry.path] else { continue }
            let gameID = Self.gameID(for: entry).lowercased()
            for (index, path) in paths.enumerated()
            where listed.insert(gameID + "\u{0}" + path.lowercased()).inserted {
                let record = Self.discApplication(gameID: gameID, path: path, disc: index + 1)
                let position =
                    root.children.lastIndex { $0.element?.name == "AdditionalApplication" }.map { $0 + 1 }
                    ?? (root.children.last?.isWhitespace == true ? root.children.count - 1 : root.children.count)
                root.children.insert(contentsOf: [.text("\n  "), .element(record)], at: position)
                added += 1
            }
        }
        document.nodes[rootIndex] = .element(root)
        return added
    }

    /// The `ApplicationPath` of every disc application (an `<AdditionalApplication>` with a `Disc` number), in
    /// file order, by its game's ID in lower case.
    public func discApplicationPaths() -> [String: [String]] {
        guard let rootIndex = document.rootIndex(named: "LaunchBox"), let root = document.nodes[rootIndex].element
        else { return [:] }
        var paths: [String: [String]] = [:]
        for record in root.childElements where record.name == "AdditionalApplication" {
            guard let game = record.recordValue("GameID", ignoringCase: true),
                let path = record.recordValue("ApplicationPath"),
                !(record.recordValue("Disc") ?? "").isEmpty
            else { continue }
            paths[game.lowercased(), default: []].append(path)
        }
        return paths
    }

    /// One disc's record: launched with the game's emulator, named `Disc N`, its id fixed by game and path.
    static func discApplication(gameID: String, path: String, disc: Int) -> XMLElement {
        let id = NameBasedUUID.make(name: gameID + "\u{0}" + path).uuidString.lowercased()
        let fields: [(String, String)] = [
            ("Id", id), ("GameID", gameID), ("ApplicationPath", path), ("AutoRunAfter", "false"),
            ("AutoRunBefore", "false"), ("CommandLine", ""), ("Name", "Disc \(disc)"), ("UseDosBox", "false"),
            ("UseEmulator", "true"), ("WaitForExit", "false"), ("Disc", String(disc)), ("SideA", "false"),
            ("SideB", "false"), ("Priority", String(disc)), ("PlayCount", "0"), ("PlayTime", "0"),
        ]
        return XMLElement.record("AdditionalApplication", fields: fields, indent: "\n    ", closingIndent: "\n  ")
    }
}
