import Foundation

/// Turns what EmulationStation's lenient reader accepts into well-formed XML for libxml2, one chunk at a time.
///
/// Repairs: bare `&` and `<`, unknown named entities, `--` inside comments, control characters,
/// numeric references to characters XML 1.0 forbids, invalid UTF-8, a DOCTYPE (removed, so no
/// entity is ever declared or expanded), and several root elements (everything after the XML
/// declaration is wrapped in one element). Line ends are never added or removed, so libxml2's
/// line numbers stay those of the original file. Each repair is a warning with line and column.
struct XMLRepairer {
    /// The element that wraps the whole body so that several roots (ES-DE's two) parse.
    static let wrapperName = "retro-metadata-document"
    /// Most warnings kept; more are counted only, so a huge broken file cannot fill memory.
    static let warningLimit = 1000

    enum State: Equatable {
        case prolog, text, tag, attributeValue(UInt8), comment, cdata, instruction, doctype
    }

    let file: String
    let wrapsBody: Bool
    var state = State.prolog
    /// Bytes of earlier chunks not yet decided (a reference or sequence cut by the chunk boundary).
    var pending: [UInt8] = []
    /// Absolute offset of `pending[0]` in the input.
    var offset = 0
    var line = 1
    var lineStart = 0
    var countedUpTo = 0
    var tagDepth = 0
    var validatesUTF8 = true
    /// Repairs made, in order, at most `warningLimit`.
    var warnings: [XMLDiagnostic] = []
    /// How many repairs were made in all.
    var repairCount = 0
    /// The XML declaration found at the start, if any.
    var declaration: XMLDeclaration?
    /// Whether the input began with a UTF-8 byte order mark.
    var hadByteOrderMark = false

    /// Creates a repairer for `file`; `wrapsBody` adds the wrapper element (documents, not streams).
    init(file: String, wrapsBody: Bool) {
        self.file = file
        self.wrapsBody = wrapsBody
    }

    /// Repairs `chunk` (after any undecided tail of the previous chunk) and appends the result to `output`.
    mutating func repair(_ chunk: UnsafeBufferPointer<UInt8>, isFinal: Bool, into output: inout [UInt8]) {
        if pending.isEmpty {
            let used = process(chunk, isFinal: isFinal, into: &output)
            finishLines(chunk, upTo: used)
            pending = Array(chunk[used...])
            offset += used
        } else {
            var joined = pending
            joined.append(contentsOf: chunk)
            joined.withUnsafeBufferPointer { buffer in
                let used = process(buffer, isFinal: isFinal, into: &output)
                finishLines(buffer, upTo: used)
                pending = Array(buffer[used...])
                offset += used
            }
        }
        if isFinal { finish(into: &output) }
    }

    /// Repairs a whole input held in memory.
    mutating func repairAll(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 64 + 128)
        repair(bytes, isFinal: true, into: &output)
        return output
    }

    private mutating func finish(into output: inout [UInt8]) {
        if state == .prolog { openBody(into: &output) }
        switch state {
        case .comment: warn(at: offset, "comment not closed at end of file; closed"); output += Array(" -->".utf8)
        case .cdata: warn(at: offset, "CDATA section not closed at end of file; closed"); output += Array("]]>".utf8)
        case .instruction: warn(at: offset, "processing instruction not closed; closed"); output += Array("?>".utf8)
        default: break
        }
        if wrapsBody { output += Array("</\(Self.wrapperName)>".utf8) }
    }

    /// Records a repair at absolute offset `position`; `buffer` holds the bytes from `offset` on.
    mutating func warn(at position: Int, in buffer: UnsafeBufferPointer<UInt8>? = nil, _ message: String) {
        repairCount += 1
        guard warnings.count < Self.warningLimit else { return }
        if let buffer { countLines(buffer, upTo: position - offset) }
        let column = max(1, position - lineStart + 1)
        warnings.append(XMLDiagnostic(file: file, line: line, column: column, message: message))
    }

    /// Advances the line count over `buffer` (which starts at `offset`) up to index `end`.
    mutating func countLines(_ buffer: UnsafeBufferPointer<UInt8>, upTo end: Int) {
        var index = max(0, countedUpTo - offset)
        let stop = min(end, buffer.count)
        guard let base = buffer.baseAddress else { return }
        // memchr finds the line ends: this runs over every byte of every input.
        while index < stop, let found = memchr(base + index, 0x0A, stop - index) {
            let position = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            line += 1
            lineStart = offset + position + 1
            index = position + 1
        }
        countedUpTo = max(countedUpTo, offset + stop)
    }

    private mutating func finishLines(_ buffer: UnsafeBufferPointer<UInt8>, upTo end: Int) {
        countLines(buffer, upTo: end)
    }

    /// Emits the wrapper's start tag (once, after the declaration).
    mutating func openBody(into output: inout [UInt8]) {
        if wrapsBody { output += Array("<\(Self.wrapperName)>".utf8) }
        state = .text
    }
}
