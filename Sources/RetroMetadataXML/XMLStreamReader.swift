import CLibXML2
import Foundation

/// Reads an XML document as a stream of events with libxml2's `xmlTextReader`, in constant memory.
///
/// Input goes through the lenient repairs first. Parsing never loads a DTD, never expands an
/// entity and never touches the network; libxml2's own size limits (no `XML_PARSE_HUGE`) stay on.
/// Errors are captured per reader with a structured handler, never from libxml2's global state.
public final class XMLStreamReader {
    private let source: XMLByteSource
    private let reader: xmlTextReaderPtr
    private let file: String
    private var pendingEnd: String?
    /// Element and attribute names by libxml2's interned pointer: names repeat, so each is decoded once.
    private var names: [UnsafePointer<xmlChar>: String] = [:]
    /// A direct-mapped cache in front of `names`: hashing a pointer per tag costs more than the rest of the lookup.
    private var recentNames = [(pointer: UnsafePointer<xmlChar>?, name: String)](repeating: (nil, ""), count: 64)

    /// Streams the file at `path`; `wrapsBody` is for the document builder (several roots).
    public convenience init(path: String) throws {
        try self.init(path: path, wrapsBody: false)
    }

    convenience init(path: String, wrapsBody: Bool) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw XMLError.io("cannot open for reading", file: path)
        }
        try self.init(source: XMLByteSource(input: .file(handle), file: path, wrapsBody: wrapsBody), file: path)
    }

    /// Streams bytes held in memory; `file` names them in diagnostics.
    convenience init(bytes: [UInt8], file: String, wrapsBody: Bool) throws {
        try self.init(source: XMLByteSource(input: .memory(bytes), file: file, wrapsBody: wrapsBody), file: file)
    }

    /// Streams bytes that already went through the repairer (and hold its wrapper element).
    convenience init(repaired bytes: [UInt8], file: String) throws {
        try self.init(source: XMLByteSource(input: .repaired(bytes), file: file, wrapsBody: false), file: file)
    }

    private init(source: XMLByteSource, file: String) throws {
        self.source = source
        self.file = file
        let context = Unmanaged.passUnretained(source).toOpaque()
        // NONET: no network; no NOENT, DTDLOAD or HUGE: entities stay unexpanded and size limits stay on.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard
            let reader = xmlReaderForIO(
                { context, buffer, length in
                    guard let context, let buffer else { return -1 }
                    let source = Unmanaged<XMLByteSource>.fromOpaque(context).takeUnretainedValue()
                    return Int32(source.read(into: buffer, capacity: Int(length)))
                }, nil, context, file, "UTF-8", options)
        else { throw XMLError.io("cannot create an XML reader", file: file) }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { context, error in
                guard let context, let error else { return }
                let source = Unmanaged<XMLByteSource>.fromOpaque(context).takeUnretainedValue()
                let level = error.pointee.level
                guard source.failure == nil, level == XML_ERR_ERROR || level == XML_ERR_FATAL else { return }
                let message = error.pointee.message.map { String(cString: $0) } ?? "XML error"
                let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
                let (file, line, column) = (source.repairer.file, Int(error.pointee.line), Int(error.pointee.int2))
                if level == XML_ERR_FATAL {
                    source.failure = .malformed(trimmed, file: file, line: line, column: column)
                } else if source.parserWarnings.count < XMLRepairer.warningLimit {
                    // Recoverable (namespace prefixes and the like): XML 1.0 itself is well-formed here.
                    source.parserWarnings.append(XMLDiagnostic(file: file, line: line, column: column, message: trimmed))
                }
            }, context)
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// Repairs made to the input so far, with line and column.
    public var warnings: [XMLDiagnostic] { source.repairer.warnings + source.parserWarnings }

    /// How many repairs were made in all (warnings beyond the first thousand are only counted).
    public var repairCount: Int { source.repairer.repairCount }

    /// The XML declaration at the start of the input, once read past it.
    public var declaration: XMLDeclaration? { source.repairer.declaration }

    /// Whether the input started with a UTF-8 byte order mark.
    public var hadByteOrderMark: Bool { source.repairer.hadByteOrderMark }

    /// The next event, or `nil` at the end of the document; throws with file, line and column when unreadable.
    public func next() throws -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .endElement(name: name)
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if let failure = source.failure { throw failure }
            if status == 0 { return nil }
            if status < 0 {
                throw XMLError.malformed(
                    "cannot parse", file: file, line: Int(xmlTextReaderGetParserLineNumber(reader)),
                    column: Int(xmlTextReaderGetParserColumnNumber(reader)))
            }
            if let event = currentEvent() { return event }
        }
    }

    private func currentEvent() -> XMLEvent? {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue):
            let name = internedName(xmlTextReaderConstName(reader))
            let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
            var attributes: [XMLAttribute] = []
            if xmlTextReaderHasAttributes(reader) == 1 {
                while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                    attributes.append(
                        XMLAttribute(
                            name: internedName(xmlTextReaderConstName(reader)),
                            value: string(xmlTextReaderConstValue(reader))))
                }
                xmlTextReaderMoveToElement(reader)
            }
            return .startElement(name: name, attributes: attributes, isEmpty: isEmpty)
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
            return .endElement(name: internedName(xmlTextReaderConstName(reader)))
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue),
            Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
            return .text(string(xmlTextReaderConstValue(reader)))
        case Int32(XML_READER_TYPE_CDATA.rawValue):
            return .cdata(string(xmlTextReaderConstValue(reader)))
        case Int32(XML_READER_TYPE_COMMENT.rawValue):
            return .comment(string(xmlTextReaderConstValue(reader)))
        case Int32(XML_READER_TYPE_PROCESSING_INSTRUCTION.rawValue):
            return .processingInstruction(
                target: string(xmlTextReaderConstName(reader)), data: string(xmlTextReaderConstValue(reader)))
        default:
            return nil
        }
    }

    private func internedName(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: pointer) >> 4) & (recentNames.count - 1)
        if recentNames[slot].pointer == pointer { return recentNames[slot].name }
        let name: String
        if let known = names[pointer] {
            name = known
        } else {
            name = string(pointer)
            // The reader's dictionary owns the pointer for the reader's lifetime; cap the cache anyway.
            if names.count < 4096 { names[pointer] = name }
        }
        if names[pointer] != nil { recentNames[slot] = (pointer, name) }
        return name
    }
}

private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
}
