import Foundation

/// Writes XML nodes as UTF-8 bytes that are always valid XML 1.0.
///
/// Characters XML 1.0 forbids are dropped; `&`, `<` and `>` are escaped in text, `"` and line
/// ends too in attributes; `--` in comments, `]]>` in CDATA and `?>` in instructions are broken up.
struct XMLSerializer {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Creates a serializer expecting about `capacity` bytes.
    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes a declaration and a line end.
    mutating func write(_ declaration: XMLDeclaration) {
        bytes += declaration.serialized.utf8
    }

    /// Writes one node and everything under it.
    mutating func write(_ node: XMLNode) {
        switch node {
        case .element(let element): write(element)
        case .text(let text): escape(text, inAttribute: false)
        case .cdata(let text):
            bytes += "<![CDATA[".utf8
            appendFiltered(text.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>"))
            bytes += "]]>".utf8
        case .comment(let text):
            bytes += "<!--".utf8
            var safe = text
            while safe.contains("--") { safe = safe.replacingOccurrences(of: "--", with: "- -") }
            if safe.hasSuffix("-") { safe += " " }
            appendFiltered(safe)
            bytes += "-->".utf8
        case .processingInstruction(let target, let data):
            bytes += "<?".utf8
            bytes += xmlName(target).utf8
            if !data.isEmpty {
                bytes.append(0x20)
                appendFiltered(data.replacingOccurrences(of: "?>", with: "? >"))
            }
            bytes += "?>".utf8
        }
    }

    /// Writes one element and everything under it.
    mutating func write(_ element: XMLElement) {
        if element.children.isEmpty {
            writeOpening(element)
            bytes += " />".utf8
            return
        }
        writeStartTag(element)
        for child in element.children { write(child) }
        writeEndTag(element)
    }

    /// Writes `<name attributes>`.
    mutating func writeStartTag(_ element: XMLElement) {
        writeOpening(element)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Writes `</name>`.
    mutating func writeEndTag(_ element: XMLElement) {
        bytes += "</".utf8
        appendName(element.name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Appends bytes already in serialized form (another serializer's output, an unchanged entry).
    mutating func appendBytes(_ other: some Collection<UInt8>) {
        bytes.append(contentsOf: other)
    }

    /// Appends bytes in serialized form once their CR LF and lone CR are read as LF.
    mutating func appendLineEndsAsLF(_ other: UnsafeBufferPointer<UInt8>) {
        RetroMetadataXML.appendLineEndsAsLF(other, to: &bytes)
    }

    private mutating func writeOpening(_ element: XMLElement) {
        bytes.append(UInt8(ascii: "<"))
        appendName(element.name)
        for attribute in element.attributes {
            bytes.append(0x20)
            appendName(attribute.name)
            bytes += "=\"".utf8
            escape(attribute.value, inAttribute: true)
            bytes.append(UInt8(ascii: "\""))
        }
    }


    /// Appends `name`, checked and copied in one pass; only an invalid name (set by code) goes through `xmlName`.
    private mutating func appendName(_ name: String) {
        var name = name
        let appended = name.withUTF8 { source -> Bool in
            guard !source.isEmpty else { return false }
            for (index, byte) in source.enumerated() where !isNameByte(byte, first: index == 0) { return false }
            bytes.append(contentsOf: source)
            return true
        }
        if !appended { bytes += xmlName(name).utf8 }
    }

    private mutating func escape(_ text: String, inAttribute: Bool) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            var index = 0
            let count = source.count
            while index < count {
                let byte = source[index]
                let replacement: String?
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case 0x0D: replacement = "&#13;"
                case UInt8(ascii: "\"") where inAttribute: replacement = "&quot;"
                case 0x09 where inAttribute: replacement = "&#9;"
                case 0x0A where inAttribute: replacement = "&#10;"
                case 0x09, 0x0A: replacement = nil
                case 0x00..<0x20: replacement = ""
                case 0xEF where index + 2 < count && source[index + 1] == 0xBF && source[index + 2] >= 0xBE:
                    // U+FFFE and U+FFFF are not XML characters.
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                    index += 3
                    runStart = index
                    continue
                default: replacement = nil
                }
                if let replacement {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                    bytes += replacement.utf8
                    runStart = index + 1
                }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
        }
    }

    private mutating func appendFiltered(_ text: String) {
        for scalar in text.unicodeScalars where isXMLCharacter(scalar.value) {
            bytes += String(scalar).utf8
        }
    }
}

/// `name` when it is a valid XML name, else a copy with every offending character replaced by `_`.
///
/// Names read from files are always valid; this guards names set by code (a LaunchBox field name, say).
func xmlName(_ name: String) -> String {
    var valid = !name.isEmpty
    var first = true
    for byte in name.utf8 {
        if !isNameByte(byte, first: first) {
            valid = false
            break
        }
        first = false
    }
    if valid { return name }
    if name.isEmpty { return "_" }
    var result = ""
    for (index, scalar) in name.unicodeScalars.enumerated() {
        let isASCII = scalar.value < 0x80
        let keep = !isASCII ? isXMLCharacter(scalar.value) && scalar.value > 0xBF
            : isNameByte(UInt8(scalar.value), first: index == 0)
        result.unicodeScalars.append(keep ? scalar : "_")
    }
    return result
}

/// Whether `byte` may appear in an XML name (at its start when `first`); bytes of non-ASCII characters always may.
func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
    if isNameStart(byte) || byte >= 0x80 { return true }
    return !first && ((byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E)
}

extension XMLDocument {
    /// The document as UTF-8 bytes (no byte order mark): declaration, then every top-level node.
    public func serialized() -> [UInt8] {
        var serializer = XMLSerializer(capacity: max(1 << 16, sourceSize + sourceSize / 16))
        if let declaration { serializer.write(declaration) }
        for node in nodes {
            guard case .element(let element) = node, element.children.count >= ParallelChunks.threshold else {
                serializer.write(node)
                continue
            }
            // A big root (a gamelist's entries) is written in chunks on every core, then joined in order.
            serializer.writeStartTag(element)
            let children = element.children
            // Each chunk's buffer is sized from its share of the input once, so it never regrows and copies.
            let perChild = (sourceSize + sourceSize / 16) / max(children.count, 1) + 1
            for part in ParallelChunks.map(count: children.count, { range in
                var chunk = XMLSerializer(capacity: max(1 << 16, perChild * range.count))
                for index in range { chunk.write(children[index]) }
                return chunk.bytes
            }) {
                serializer.appendBytes(part)
            }
            serializer.writeEndTag(element)
        }
        return serializer.bytes
    }

    /// Writes the document to `path` atomically; `keepsBackup` keeps the replaced file as `path.bak` the first time.
    public func write(to path: String, keepsBackup: Bool = true) throws {
        try writeXMLAtomically(serialized(), to: path, keepsBackup: keepsBackup)
    }
}

extension XMLElement {
    /// The element serialized on its own as valid XML 1.0 text.
    public var xmlString: String {
        var serializer = XMLSerializer(capacity: 256)
        serializer.write(self)
        return String(decoding: serializer.bytes, as: UTF8.self)
    }
}
