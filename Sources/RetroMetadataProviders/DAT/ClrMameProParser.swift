/// Reads clrmamepro text DATs (libretro-database, older No-Intro): `game ( name "…" rom ( crc … ) )` blocks.
struct ClrMameProParser {
    /// A key's value: text, or a nested block of pairs.
    enum Value {
        case text(String)
        case block([(key: String, value: Value)])
    }

    let file: String

    /// The games of the DAT text (`game`, `machine`, `resource` and `set` blocks); the header is skipped.
    func games(_ text: String) throws(DATError) -> [DATGame] {
        let tokens = try ClrMameProTokenizer(file: file).tokens(text)
        var position = 0
        var games: [DATGame] = []
        var system: String?
        while position < tokens.count {
            guard case .word(let key) = tokens[position].kind else {
                throw .syntax(file, line: tokens[position].line, "expected a block name, found a parenthesis")
            }
            let line = tokens[position].line
            position += 1
            guard position < tokens.count, tokens[position].kind == .open else {
                throw .syntax(file, line: line, "'\(key)' must be followed by '('")
            }
            let pairs = try block(tokens, &position)
            if ["game", "machine", "resource", "set"].contains(key) { games.append(Self.game(pairs)) }
            if key == "clrmamepro", case .text(let name)? = pairs.first(where: { $0.key == "name" })?.value {
                system = name
            }
        }
        for index in games.indices { games[index].system = system }
        return games
    }

    /// The pairs of the block whose `(` is at `position`; leaves `position` after its `)`.
    private func block(_ tokens: [ClrMameProTokenizer.Token], _ position: inout Int) throws(DATError)
        -> [(key: String, value: Value)]
    {
        let openLine = tokens[position].line
        position += 1
        var pairs: [(key: String, value: Value)] = []
        while position < tokens.count {
            let token = tokens[position]
            switch token.kind {
            case .close:
                position += 1
                return pairs
            case .open:
                throw .syntax(file, line: token.line, "expected a field name, found '('")
            case .word(let key):
                position += 1
                guard position < tokens.count else { break }
                switch tokens[position].kind {
                case .word(let value):
                    pairs.append((key, .text(value)))
                    position += 1
                case .open:
                    pairs.append((key, .block(try block(tokens, &position))))
                case .close:
                    throw .syntax(file, line: token.line, "field '\(key)' has no value")
                }
            }
        }
        throw .syntax(file, line: openLine, "block opened here is never closed")
    }

    private static func game(_ pairs: [(key: String, value: Value)]) -> DATGame {
        var game = DATGame(name: "")
        for (key, value) in pairs {
            switch (key, value) {
            case ("name", .text(let text)): game.name = text
            case ("description", .text(let text)): game.description = text
            case ("cloneof", .text(let text)): game.cloneOf = text
            case ("rom", .block(let fields)), ("disk", .block(let fields)): game.roms.append(rom(fields))
            case (_, .text(let text)): game.fields[key] = game.fields[key] ?? text
            case (_, .block): continue
            }
        }
        // libretro metadata fragments name the game only in `comment`.
        if game.name.isEmpty { game.name = game.fields["comment"] ?? game.description ?? "" }
        return game
    }

    private static func rom(_ pairs: [(key: String, value: Value)]) -> DATRom {
        var text: [String: String] = [:]
        for case (let key, .text(let value)) in pairs where text[key] == nil { text[key] = value }
        return DATRom(
            name: text["name"] ?? "", size: text["size"].flatMap { Int64($0) }, crc32: text["crc"] ?? "",
            md5: text["md5"] ?? "", sha1: text["sha1"] ?? "", serial: text["serial"])
    }
}
