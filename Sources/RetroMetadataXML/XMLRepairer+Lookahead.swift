// Decisions of XMLRepairer that need to look ahead: the prolog, markup starts, references, UTF-8 sequences.
private let predefinedEntities: Set<[UInt8]> = [
    Array("amp".utf8), Array("lt".utf8), Array("gt".utf8), Array("quot".utf8), Array("apos".utf8),
]
/// Longest reference looked for before an `&` is taken as bare.
private let referenceLookahead = 40

extension XMLRepairer {
    /// What to do with a `<` found in text.
    enum MarkupStep {
        /// Well-formed markup start; keep this many bytes and enter the new state.
        case keep(Int)
        /// A `<` that starts nothing: escape it.
        case escape
        /// Markup to drop up to its closing `>` (a DOCTYPE, a misplaced declaration), with the warning.
        case drop(String)
    }

    /// Handles the BOM and the XML declaration; `nil` when more input is needed to decide.
    mutating func processProlog(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool, into output: inout [UInt8]) -> Int? {
        var index = 0
        if bytes.count < 3 && !isFinal { return nil }
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            hadByteOrderMark = true
            index = 3
        }
        var start = index
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        if bytes.count - start < 6 && !isFinal { return nil }
        let opener = Array("<?xml".utf8)
        let hasDeclaration = bytes.count - start >= 6 && Array(bytes[start..<start + 5]) == opener
            && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start + 5])
        guard hasDeclaration else {
            openBody(into: &output)
            return index
        }
        var end = start + 5
        while end + 1 < bytes.count && !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">")) {
            end += 1
        }
        guard end + 1 < bytes.count else {
            // A declaration is short; past 1 KiB without `?>` it is not one, so stop waiting for more input.
            if !isFinal && end - start < 1024 { return nil }
            openBody(into: &output)
            return index
        }
        if start > index { warn(at: index, in: bytes, "whitespace before the XML declaration removed") }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start + 5..<end]), as: UTF8.self)
        let parsed = XMLDeclaration(parsing: text)
        declaration = parsed
        validatesUTF8 = parsed.isUTF8
        if parsed.isUTF8 {
            output += Array(XMLDeclaration(version: "1.0", encoding: parsed.encoding, standalone: nil).serialized.utf8)
        } else {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end + 2]))
        }
        // Lines inside the declaration are kept so libxml2's line numbers stay the file's.
        for byte in bytes[start..<end + 2] where byte == 0x0A { output.append(0x0A) }
        openBody(into: &output)
        return end + 2
    }

    /// Classifies the `<` at `index`; `nil` when the chunk ends too early to tell.
    mutating func markupStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, isFinal: Bool) -> MarkupStep? {
        let count = bytes.count
        guard index + 1 < count else { return isFinal ? .escape : nil }
        let next = bytes[index + 1]
        if isNameStart(next) || next == UInt8(ascii: "/") {
            state = .tag
            return .keep(1)
        }
        if next == UInt8(ascii: "?") {
            guard index + 6 <= count || isFinal else { return nil }
            if matches(bytes, at: index, "<?xml ") {
                return .drop("XML declaration in the middle of the file removed")
            }
            state = .instruction
            return .keep(2)
        }
        guard next == UInt8(ascii: "!") else { return .escape }
        guard index + 9 <= count || isFinal else { return nil }
        if matches(bytes, at: index, "<!--") {
            state = .comment
            return .keep(4)
        }
        if matches(bytes, at: index, "<![CDATA[") {
            state = .cdata
            return .keep(9)
        }
        if matches(bytes, at: index, "<!DOCTYPE") {
            return .drop("DOCTYPE removed (DTDs and entities are never loaded)")
        }
        return .escape
    }

    /// Handles the `&` at `index` in text or an attribute value; `false` when the chunk ends too early.
    mutating func reference(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int, runStart: inout Int, isFinal: Bool,
        into output: inout [UInt8]
    ) -> Bool {
        let count = bytes.count
        var end = index + 1
        while end < count && end - index < referenceLookahead && bytes[end] != UInt8(ascii: ";")
            && isReferenceByte(bytes[end])
        {
            end += 1
        }
        let decided = end < count && (bytes[end] == UInt8(ascii: ";") || !isReferenceByte(bytes[end])
            || end - index >= referenceLookahead)
        if !decided && !isFinal { return false }
        let body = end < count && bytes[end] == UInt8(ascii: ";") ? Array(bytes[index + 1..<end]) : nil
        func replace(_ message: String, with replacement: [UInt8], skip: Int) {
            if index > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            warn(at: offset + index, in: bytes, message)
            output += replacement
            index += skip
            runStart = index
        }
        guard let body, !body.isEmpty else {
            replace("bare '&' escaped as &amp;", with: Array("&amp;".utf8), skip: 1)
            return true
        }
        if body[0] == UInt8(ascii: "#") {
            guard let scalar = numericReference(body) else {
                replace("malformed character reference escaped", with: Array("&amp;".utf8), skip: 1)
                return true
            }
            if isXMLCharacter(scalar) {
                index = end + 1
            } else {
                let text = String(decoding: body, as: UTF8.self)
                replace("reference &\(text); to a character XML 1.0 forbids removed", with: [], skip: end + 1 - index)
            }
            return true
        }
        if predefinedEntities.contains(body) {
            index = end + 1
        } else {
            let name = String(decoding: body, as: UTF8.self)
            replace("unknown entity &\(name); kept as text", with: Array("&amp;".utf8), skip: 1)
        }
        return true
    }

    /// Length of the valid UTF-8 sequence at `index`: > 0 valid, 0 cut by the chunk end, -1 invalid.
    func utf8SequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        let minimum: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80
        case 0xE0...0xEF: length = 3; minimum = 0x800
        case 0xF0...0xF4: length = 4; minimum = 0x10000
        default: return -1
        }
        var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for step in 1..<length {
            guard index + step < bytes.count else { return 0 }
            let byte = bytes[index + step]
            guard byte & 0xC0 == 0x80 else { return -1 }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar),
            scalar != 0xFFFE, scalar != 0xFFFF
        else { return -1 }
        return length
    }

    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for (step, byte) in pattern.enumerated() where bytes[index + step] != byte { return false }
        return true
    }
}

/// Whether `byte` can start an element name (ASCII letters, `_`, `:`, or any non-ASCII lead byte).
func isNameStart(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte == 0x3A || byte >= 0xC0
}

private func isReferenceByte(_ byte: UInt8) -> Bool {
    isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E || byte == 0x23 || byte >= 0x80
}

/// The scalar of `#123` or `#x1F` (the text between `&` and `;`), if well-formed.
private func numericReference(_ body: [UInt8]) -> UInt32? {
    let isHex = body.count > 1 && (body[1] == UInt8(ascii: "x"))
    let digits = body.dropFirst(isHex ? 2 : 1)
    guard !digits.isEmpty, digits.count <= 8 else { return nil }
    return UInt32(String(decoding: digits, as: UTF8.self), radix: isHex ? 16 : 10)
}

/// Whether `scalar` is a character XML 1.0 allows.
func isXMLCharacter(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
}
