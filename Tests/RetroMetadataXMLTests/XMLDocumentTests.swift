import Foundation
import Testing

@testable import RetroMetadataXML

@Suite("XML document")
struct XMLDocumentTests {
    private func parse(_ text: String) throws -> XMLDocument {
        try XMLDocument(parsing: Array(text.utf8), file: "test.xml")
    }

    @Test("a well-formed tab-indented file serializes to the same bytes")
    func byteIdenticalRoundTrip() throws {
        let text = "<?xml version=\"1.0\"?>\n<gameList>\n\t<game id=\"1\">\n\t\t<path>./a.zip</path>\n"
            + "\t\t<name>A &amp; B</name>\n\t\t<desc />\n\t</game>\n\t<!-- note -->\n</gameList>\n"
        let document = try parse(text)
        #expect(String(decoding: document.serialized(), as: UTF8.self) == text)
        #expect(document.warnings.isEmpty)
    }

    @Test("two roots, a bare ampersand and -- in a comment are repaired with line and column")
    func lenientRepairs() throws {
        let text = "<?xml version=\"1.0\"?>\n<alternativeEmulator>\n\t<label>X</label>\n</alternativeEmulator>\n"
            + "<gameList>\n\t<game>\n\t\t<name>Lilo & Stitch</name>\n\t</game>\n\t<!-- a -- b -->\n</gameList>\n"
        let document = try parse(text)
        #expect(document.nodes.compactMap(\.element).map(\.name) == ["alternativeEmulator", "gameList"])
        let game = try #require(document.nodes.compactMap(\.element).last?.firstChild(named: "game"))
        #expect(game.firstChild(named: "name")?.text == "Lilo & Stitch")
        #expect(document.warnings.map(\.line) == [7, 9])
        #expect(document.warnings[0].column == 14)
        let output = document.serialized()
        let again = try XMLDocument(parsing: output, file: "again.xml")
        #expect(again.warnings.isEmpty)
        #expect(again.nodes == document.nodes)
    }

    @Test("BOM, CRLF, control characters and forbidden references are repaired; output is XML 1.0")
    func hostileBytes() throws {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes += Array("<gameList>\r\n<game><name>a\u{01}b&#1;c&#160;d&#x1F600;</name><x>\u{7}</x></game>\r\n</gameList>".utf8)
        bytes += [0xFF]
        let document = try XMLDocument(parsing: bytes, file: "bom.xml")
        #expect(document.hadByteOrderMark)
        #expect(document.declaration == nil)
        let name = document.root?.firstChild(named: "game")?.firstChild(named: "name")?.text
        #expect(name == "abc\u{A0}d\u{1F600}")
        #expect(document.warnings.count == 4)
        let output = document.serialized()
        #expect(!output.contains(0xFF) && !output.contains(0x01) && !output.contains(0x07))
        _ = try XMLDocument(parsing: output, file: "out.xml")
    }

    @Test("entities from a DOCTYPE are never declared nor expanded")
    func noEntityExpansion() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">
            <!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <gameList><game><name>&lol2;&xxe;</name></game></gameList>
            """
        let document = try parse(text)
        let name = document.root?.firstChild(named: "game")?.firstChild(named: "name")?.text
        #expect(name == "&lol2;&xxe;")
        #expect(document.warnings.contains { $0.message.contains("DOCTYPE") })
    }

    @Test("an undeclared namespace prefix is a warning, and the names are kept as written")
    func undeclaredPrefix() throws {
        let document = try parse("<gameList><game xsi:nil=\"true\"><foo:bar>x</foo:bar></game></gameList>")
        #expect(document.warnings.count == 2)
        #expect(document.repairCount == 0)
        let game = try #require(document.root?.firstChild(named: "game"))
        #expect(game.attribute("xsi:nil") == "true")
        #expect(game.firstChild(named: "foo:bar")?.text == "x")
    }

    @Test("unreadable input is an error naming file, line and column")
    func unreadable() throws {
        #expect(throws: XMLError.self) { try parse("<gameList>\n<game></gam>\n</gameList>") }
        do {
            _ = try parse("<gameList>\n<game></gam>\n</gameList>")
        } catch let error as XMLError {
            #expect(error.file == "test.xml")
            #expect(error.line == 2)
            #expect(error.description.hasPrefix("test.xml:2:"))
        }
    }

    @Test("hostile text values serialize to valid XML and read back")
    func hostileValues() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let value = controls + "]]> <a> & \"q\" 😀 𝄞 " + String(repeating: "long ", count: 200_000)
        let element = XMLElement(name: "desc", attributes: [XMLAttribute(name: "v", value: value)], children: [.text(value)])
        let document = XMLDocument(nodes: [.element(element)])
        let reread = try XMLDocument(parsing: document.serialized(), file: "hostile.xml")
        #expect(reread.warnings.isEmpty)
        let expected = String(value.unicodeScalars.filter { isXMLCharacter($0.value) }.map(Character.init))
        #expect(reread.root?.text == expected)
        #expect(reread.root?.attribute("v") == expected)
    }

    @Test("names set by code that are not XML names are written as valid names")
    func invalidNames() throws {
        let element = XMLElement(name: "1 bad<name", attributes: [XMLAttribute(name: "a b", value: "v")], children: [.text("x")])
        let reread = try XMLDocument(parsing: XMLDocument(nodes: [.element(element)]).serialized(), file: "names")
        #expect(reread.root?.name == "__bad_name")
        #expect(reread.root?.attributes.map(\.name) == ["a_b"])
        #expect(xmlName("Title") == "Title" && xmlName("ゲーム") == "ゲーム")
    }

    @Test("every reference file reads, and its serialization reads back to the same nodes")
    func referenceRoundTrip() throws {
        let files = ReferenceFiles.xmlFiles("gamelist") + ReferenceFiles.xmlFiles("launchbox")
            + ReferenceFiles.xmlFiles("launchbox-metadata")
        for path in files {
            let document = try XMLDocument.read(path: path)
            let output = document.serialized()
            let again = try XMLDocument(parsing: output, file: path)
            #expect(again.nodes == document.nodes, "\(path)")
            #expect(again.warnings.isEmpty, "\(path)")
            #expect(again.serialized() == output, "\(path)")
        }
    }
}
