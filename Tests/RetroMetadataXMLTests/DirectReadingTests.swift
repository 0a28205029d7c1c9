import Foundation
import RetroMetadataCore
import Testing

@testable import RetroMetadataXML

/// `GamelistFile.read` reads entries straight from their bytes; a full tree is the reference it must match.
@Suite("Direct gamelist reading")
struct DirectReadingTests {
    /// `body` run on a file holding `text`.
    private func withFile<Value>(_ text: [UInt8], _ body: (String) throws -> Value) throws -> Value {
        let folder = try ReferenceFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("gamelist.xml").path
        try Data(text).write(to: URL(fileURLWithPath: path))
        return try body(path)
    }

    /// The file `text` is, read directly and through a full tree.
    private func readBothWays(_ text: [UInt8]) throws -> (direct: GamelistFile, tree: GamelistFile) {
        try withFile(text) { path in
            (try GamelistFile.read(path: path), try GamelistFile(document: XMLDocument.read(path: path), file: path))
        }
    }

    private func expectSame(_ direct: GamelistFile, _ tree: GamelistFile, _ label: String = "") {
        let entries = (direct.library.entries, tree.library.entries)
        let mismatch = zip(entries.0, entries.1).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(entries.0.count == entries.1.count && mismatch == nil, "\(label) entry \(mismatch?.offset ?? -1): \(String(describing: mismatch?.element))")
        #expect(direct.library == tree.library, "\(label)")
        #expect(direct.flavour == tree.flavour, "\(label)")
        #expect(direct.warnings == tree.warnings, "\(label)")
        #expect(direct.document.nodes == tree.document.nodes, "\(label)")
        #expect(direct.document.declaration == tree.document.declaration, "\(label)")
        #expect(direct.serialized() == tree.serialized(), "\(label)")
    }

    static let variedFile = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- top comment -->
        <gameList>
        \t<provider><System>snes</System></provider>
        \t<game id="1" source="Screen&amp;Scraper &quot;x&quot;&#9;y&#10;z">
        \t\t<path>./a &amp; b &lt;c&gt; 'q' "d".zip</path>
        \t\t<name>A &#13; B 😀 한글</name>
        \t\t<name>second name kept</name>
        \t\t<desc></desc>
        \t\t<genre />
        \t\t<rating>0.5</rating>
        \t\t<scrap name="ScreenScraper" date="20230302T190930" />
        \t\t<scrap name="x" date="y"></scrap>
        \t\t<custom kind="x"><inner>kept</inner><empty /> tail </custom>
        \t\t<md5 a="b">0123</md5>
        \t\t<p:q>prefixed</p:q>
        \t</game>
        \t<game><path>./no layout.zip</path><name>N</name><path>./second path.zip</path></game>
        \t<folder>
        \t\t<path>./dir</path>
        \t\t<name>Dir</name>
        \t</folder>
        \t<game>
        \t\t<path>./self-closing.zip</path>
        \t\t<image/>
        \t</game>
        \t<game id='single'><path>./single.zip</path></game>
        \t<game>
        \t\t<path>./comment.zip</path>
        \t\t<!-- a comment in an entry -->
        \t\t<name>With<!-- inside -->comment</name>
        \t</game>
        \t<game><path>./cdata.zip</path><desc><![CDATA[x < y]]></desc></game>
        \t<game xmlns:e="urn:e"><path>./ns.zip</path><e:x>1</e:x></game>
        \t<game><path>./gt.zip</path><name>a > b</name></game>
        \t<game><path>./apos.zip</path><name>it&apos;s &#65;</name></game>
        \t<game><path>./bare & amp.zip</path><name>Lilo & Stitch</name></game>
        \t<game><path>./attr.zip</path><x a="1
        2" b='3' /></game>
        \t<game />
        \t<other>between</other>text between &amp; <!-- c --><?pi data?>
        \t<game>\r
        \t\t<path>./crlf.zip</path>\r
        \t</game>\r
        \t<game >  <path >./spaces.zip</path ></game >
        \t<game><path>./last.zip</path><playcount>3</playcount><favorite>true</favorite></game>
        </gameList>
        <!-- trailing -->

        """

    @Test("entries in serialized form and all the others read as through a tree, and write the same bytes")
    func variedEntries() throws {
        let (direct, tree) = try readBothWays(Array(Self.variedFile.utf8))
        let source = try #require(direct.source)
        #expect(source.forms.contains(.serialized) && source.forms.contains(.serializedWithCR) && source.forms.contains(.tree))
        #expect(!direct.warnings.isEmpty)
        expectSame(direct, tree)
    }

    @Test("edits, removals and additions write the same bytes as from a tree")
    func edits() throws {
        var (direct, tree) = try readBothWays(Array(Self.variedFile.utf8))
        for index in [0, 3, 6, 12] {
            direct.library.entries[index].name = "Renamed \(index)"
            tree.library.entries[index].name = "Renamed \(index)"
        }
        direct.library.entries[1].unknownElements.append("<added>1</added>")
        tree.library.entries[1].unknownElements.append("<added>1</added>")
        direct.library.entries.remove(at: 4)
        tree.library.entries.remove(at: 4)
        direct.library.entries.append(LibraryEntry(path: "./new.zip"))
        tree.library.entries.append(LibraryEntry(path: "./new.zip"))
        direct.flavour = .batocera
        tree.flavour = .batocera
        #expect(direct.library == tree.library)
        #expect(direct.serialized() == tree.serialized())
        for index in direct.library.entries.indices {
            direct.library.entries[index].favorite.toggle()
            tree.library.entries[index].favorite.toggle()
        }
        #expect(direct.serialized() == tree.serialized())
    }

    @Test("files the direct reader leaves to the tree read and fail as before")
    func fallbacks() throws {
        let texts = [
            "<gameList/>", "<?xml version=\"1.0\"?>\n<gameList></gameList>\n",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<gameList>\n\t<game><path>./\u{E9}.zip</path></game>\n</gameList>\n",
            "<gameList><folder><path>./f</path></folder></gameList><gameList><game><path>./b</path></game></gameList>",
            "<alternativeEmulator><label>x</label></alternativeEmulator>\n<gameList>\n\t<game><path>./a</path></game>\n</gameList>",
        ]
        for text in texts {
            let (direct, tree) = try readBothWays(Array(text.utf8))
            expectSame(direct, tree, text)
        }
        for text in ["<gameList>\n<game></gam>\n</gameList>", "<list><game /></list>", "<gameList><game>"] {
            let errors = try withFile(Array(text.utf8)) { path in
                [Result { try GamelistFile.read(path: path) }, Result { try GamelistFile(document: XMLDocument.read(path: path), file: path) }]
                    .map { result -> XMLError? in
                        if case .failure(let error) = result { return error as? XMLError }
                        return nil
                    }
            }
            #expect(errors[0] != nil && errors[0] == errors[1], "\(text)")
        }
    }

    @Test("every fixture and reference gamelist reads directly as through a tree")
    func referenceFiles() throws {
        for path in ReferenceFiles.xmlFiles("gamelist") + Fixtures.xmlFiles.filter({ $0.contains("gamelist") }) {
            let direct = try GamelistFile.read(path: path)
            let tree = try GamelistFile(document: XMLDocument.read(path: path), file: path)
            expectSame(direct, tree, path)
        }
    }

    @Test("thousands of random entries, decoded on several threads, match the tree")
    func randomEntries() throws {
        var generator = SeededGenerator(seed: 0x5EED)
        let values = ["a", "Zelda", " ", "&amp;", "&lt;", "&gt;", "&quot;", "'", "é", "😀", "\n", "\t", "&#13;", ">", "&#9;", "-"]
        let pieces = values + ["\"", "\r\n", "\r", "x\r"]
        let names = ["name", "desc", "rating", "players", "releasedate", "image", "md5", "lang", "unknown", "scrap", "path"]
        func text(_ count: Int) -> String { (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined() }
        func value(_ count: Int) -> String { (0..<count).map { _ in values[Int.random(in: 0..<values.count, using: &generator)] }.joined() }
        var file = "<?xml version=\"1.0\"?>\n<gameList>\n"
        for index in 0..<5000 {
            file += "\t<game" + (Int.random(in: 0..<3, using: &generator) == 0 ? " id=\"\(index)\"" : "") + (Int.random(in: 0..<9, using: &generator) == 0 ? " v=\"\(value(3))\"" : "") + ">\n"
            file += "\t\t<path>./\(index)\(text(2)).zip</path>\n"
            for _ in 0..<Int.random(in: 0..<6, using: &generator) {
                let name = names[Int.random(in: 0..<names.count, using: &generator)]
                switch Int.random(in: 0..<6, using: &generator) {
                case 0: file += "\t\t<\(name) />\n"
                case 1: file += "\t\t<\(name) name=\"\(value(2))\" date=\"\(value(2))\" />\n"
                case 2: file += "\t\t<\(name)><b>\(text(2))</b>\(text(1))</\(name)>\n"
                default: file += "\t\t<\(name)>\(text(4))</\(name)>\n"
                }
            }
            file += "\t</game>\n"
        }
        file += "</gameList>\n"
        let (direct, tree) = try readBothWays(Array(file.utf8))
        #expect(direct.source?.forms.contains(.tree) == true && direct.source?.forms.contains(.serializedWithCR) == true)
        expectSame(direct, tree)
    }

    @Test("mutated gamelists read directly as through a tree, or fail with the same error")
    func mutatedFiles() throws {
        let seeds = try Fixtures.xmlFiles.filter { $0.contains("gamelist") }
            .map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0))) } + [Array(Self.variedFile.utf8)]
        var generator = SeededGenerator(seed: 0xD1EC7)
        var (readable, directly) = (0, 0)
        for iteration in 0..<600 {
            var bytes = seeds[iteration % seeds.count]
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                let position = Int.random(in: 0..<max(1, bytes.count), using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0 where !bytes.isEmpty: bytes[position] = Array("<>&/ \"'=\r\n-!?x".utf8).randomElement(using: &generator)!
                case 1: bytes.insert(contentsOf: [UInt8]("<&]]>--\u{1}/>".utf8).shuffled(using: &generator).prefix(2), at: min(position, bytes.count))
                case 2: bytes = Array(bytes.prefix(position))
                default: if !bytes.isEmpty { bytes.remove(at: position) }
                }
            }
            try withFile(bytes) { path in
                let tree = Result { try GamelistFile(document: XMLDocument.read(path: path), file: path) }
                switch (Result { try GamelistFile.read(path: path) }, tree) {
                case (.success(let direct), .success(let tree)):
                    readable += 1
                    if direct.source != nil { directly += 1 }
                    expectSame(direct, tree, "iteration \(iteration)")
                case (.failure(let direct), .failure(let tree)):
                    #expect(direct as? XMLError == tree as? XMLError, "iteration \(iteration)")
                default:
                    Issue.record("iteration \(iteration): one reader failed, the other did not")
                }
            }
        }
        #expect(readable > 100 && directly > 50)
    }
}
