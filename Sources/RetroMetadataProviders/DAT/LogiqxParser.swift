import RetroMetadataXML

/// Reads Logiqx XML DATs (No-Intro, Redump): `<datafile><game name><rom name size crc md5 sha1/></game>`.
struct LogiqxParser {
    let file: String

    /// The games of the parsed document; throws when the root is not `<datafile>`.
    func games(_ document: XMLDocument) throws(DATError) -> [DATGame] {
        guard let root = document.root, root.name == "datafile" || root.name == "mame" else {
            throw .syntax(file, line: nil, "not a Logiqx DAT: the root element is not <datafile>")
        }
        let system = root.firstChild(named: "header")?.firstChild(named: "name")?.text
        return root.childElements.filter { ["game", "machine"].contains($0.name) }.map { element in
            var game = Self.game(element)
            game.system = system
            return game
        }
    }

    private static func game(_ element: XMLElement) -> DATGame {
        var game = DATGame(name: element.attribute("name") ?? "", cloneOf: element.attribute("cloneof"))
        for child in element.childElements {
            switch child.name {
            case "description": game.description = child.text
            case "rom", "disk":
                game.roms.append(
                    DATRom(
                        name: child.attribute("name") ?? "", size: child.attribute("size").flatMap { Int64($0) },
                        crc32: child.attribute("crc") ?? "", md5: child.attribute("md5") ?? "",
                        sha1: child.attribute("sha1") ?? "", serial: child.attribute("serial")))
            case "release":
                if let region = child.attribute("region"), game.fields["region"] == nil {
                    game.fields["region"] = region
                }
            default:
                if child.isTextOnly, !child.text.isEmpty { game.fields[child.name] = child.text }
            }
        }
        return game
    }
}
