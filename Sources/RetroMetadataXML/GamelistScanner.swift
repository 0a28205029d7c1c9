import CLibXML2
import Foundation

/// The first pass of a direct gamelist read: the file repaired into memory while libxml2 checks it.
///
/// libxml2's push parser gets the repaired bytes chunk by chunk as they are made, with SAX callbacks
/// for element starts and ends only: no tree is built, no text is copied. The callbacks note where
/// each `<game>`/`<folder>` directly inside the first top-level `<gameList>` starts and ends. The
/// parser options are those of `XMLStreamReader`: no network, no DTD, no entity expansion, size limits on.
final class GamelistScanner {
    /// The repaired input: declaration, the repairer's wrapper element and the body.
    private(set) var bytes: [UInt8] = []
    /// Byte ranges of the entries, in document order.
    private(set) var entries: [Range<Int>] = []
    /// The root's content, from after its start tag to its end tag; `nil` when there is no such root.
    private(set) var rootContent: Range<Int>?
    /// The repairer, holding the repairs made, the declaration and whether there was a BOM.
    private(set) var repairer: XMLRepairer
    /// Errors libxml2 recovered from, kept as warnings (as `XMLStreamReader` keeps them).
    private(set) var parserWarnings: [XMLDiagnostic] = []
    /// Whether libxml2 stopped at a fatal error (or the positions it reported did not hold).
    private var failed = false
    private var depth = 0
    private var rootStart: Int?
    private var rootSeen = false
    private var entryStart: Int?

    private init(file: String, capacity: Int) {
        repairer = XMLRepairer(file: file, wrapsBody: true)
        bytes.reserveCapacity(capacity)
    }

    /// Scans the file at `path` of `size` bytes; `nil` when it needs the general reader (unreadable, not
    /// well-formed, not UTF-8, no `<gameList>` with content), which then also reports any error.
    static func scan(path: String, size: Int) -> GamelistScanner? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let scanner = GamelistScanner(file: path, capacity: size + size / 64 + 4096)
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, prefix, _, _, _, _, _, _ in
            guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
            owner(of: parser).started(parser, localName: localName, prefix: prefix)
        }
        handler.endElementNs = { context, _, _, _ in
            guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
            owner(of: parser).ended(parser)
        }
        handler.serror = { _, error in
            guard let error, let parser = error.pointee.ctxt?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
            owner(of: parser).report(error.pointee)
        }
        guard let parser = xmlCreatePushParserCtxt(&handler, nil, nil, 0, path) else { return nil }
        defer { xmlFreeParserCtxt(parser) }
        // NONET: no network; no NOENT, DTDLOAD or HUGE: entities stay unexpanded and size limits stay on.
        xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue))
        parser.pointee._private = Unmanaged.passUnretained(scanner).toOpaque()
        while !scanner.failed {
            // `nil` is the end of the file; a read error leaves the general reader to report it.
            let chunk: Data
            do { chunk = try handle.read(upToCount: XMLByteSource.chunkSize) ?? Data() } catch { return nil }
            let isFinal = chunk.isEmpty
            let start = scanner.bytes.count
            chunk.withUnsafeBytes { raw in
                scanner.repairer.repair(raw.bindMemory(to: UInt8.self), isFinal: isFinal, into: &scanner.bytes)
            }
            // Other encodings go through the general reader, which decodes them as it always has.
            if scanner.repairer.declaration?.isUTF8 == false { return nil }
            let status = scanner.bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    xmlParseChunk(parser, base + start, Int32(buffer.count - start), isFinal ? 1 : 0)
                }
            }
            if status != 0 { scanner.failed = true }
            if isFinal { break }
        }
        guard !scanner.failed, scanner.rootContent != nil, !scanner.entries.isEmpty else { return nil }
        return scanner
    }

    /// At a start tag libxml2 has read up to its `>` (or `/>`); depth 1 is the repairer's wrapper.
    fileprivate func started(_ parser: UnsafeMutablePointer<xmlParserCtxt>, localName: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?) {
        depth += 1
        guard depth <= 3, prefix == nil, let localName else { return }
        if depth == 2, !rootSeen, equal(localName, "gameList") {
            rootSeen = true
            let end = Int(xmlByteConsumed(parser))
            // `<gameList/>` has no content: the general reader handles it.
            if end < bytes.count, bytes[end] == UInt8(ascii: ">") { rootStart = end + 1 }
        } else if depth == 3, rootStart != nil, rootContent == nil, equal(localName, "game") || equal(localName, "folder") {
            entryStart = tagStart(before: Int(xmlByteConsumed(parser)))
        }
    }

    /// After an end tag (or a start tag's `/>`), with libxml2 past its `>`.
    fileprivate func ended(_ parser: UnsafeMutablePointer<xmlParserCtxt>) {
        defer { depth -= 1 }
        guard depth == 2 || depth == 3 else { return }
        let end = Int(xmlByteConsumed(parser))
        guard end > 0, end <= bytes.count, bytes[end - 1] == UInt8(ascii: ">") else {
            failed = true
            return
        }
        if depth == 3, let start = entryStart {
            // The range must hold the tag libxml2 reported; anything else means the positions are off.
            guard startsEntry(at: start) else {
                failed = true
                return
            }
            entries.append(start..<end)
            entryStart = nil
        } else if depth == 2, let start = rootStart, rootContent == nil {
            guard let closing = tagStart(before: end - 1), closing >= start else {
                failed = true
                return
            }
            rootContent = start..<closing
        }
    }

    /// Whether `<game` or `<folder`, then a space, `>` or `/`, is at `position`.
    private func startsEntry(at position: Int) -> Bool {
        for name in ["<game", "<folder"] where bytes[position...].starts(with: name.utf8) {
            let next = position + name.utf8.count
            return next < bytes.count && [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[next])
        }
        return false
    }

    /// The `<` starting the tag that reaches `position` (attribute values never hold a raw `<`).
    private func tagStart(before position: Int) -> Int? {
        var index = min(position, bytes.count - 1)
        while index >= 0, bytes[index] != UInt8(ascii: "<") { index -= 1 }
        if index < 0 { failed = true }
        return index >= 0 ? index : nil
    }

    fileprivate func report(_ error: xmlError) {
        guard error.level == XML_ERR_ERROR || error.level == XML_ERR_FATAL else { return }
        if error.level == XML_ERR_FATAL {
            failed = true
        } else if parserWarnings.count < XMLRepairer.warningLimit {
            let message = error.message.map { String(cString: $0) } ?? "XML error"
            parserWarnings.append(XMLDiagnostic(
                file: repairer.file, line: Int(error.line), column: Int(error.int2),
                message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
    }
}

/// The scanner a parser's callbacks report to (C callbacks cannot capture it).
private func owner(of parser: UnsafeMutablePointer<xmlParserCtxt>) -> GamelistScanner {
    Unmanaged<GamelistScanner>.fromOpaque(parser.pointee._private).takeUnretainedValue()
}

/// Whether the NUL-terminated name at `pointer` is `name`.
private func equal(_ pointer: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
    strcmp(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self), UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
}
