// The byte-level state machine of XMLRepairer: copies runs of ordinary bytes, repairs the rest.
private let lessThan = UInt8(ascii: "<"), greaterThan = UInt8(ascii: ">"), ampersand = UInt8(ascii: "&")
private let escapedAmpersand = Array("&amp;".utf8), escapedLessThan = Array("&lt;".utf8)
private let escapedGreaterThan = Array("&gt;".utf8), replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

extension XMLRepairer {
    /// Processes as much of `bytes` as can be decided; returns how many bytes were consumed.
    mutating func process(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool, into output: inout [UInt8]) -> Int {
        var index = 0
        if state == .prolog {
            guard let used = processProlog(bytes, isFinal: isFinal, into: &output) else { return 0 }
            index = used
        }
        let count = bytes.count
        var runStart = index
        func flush(_ output: inout [UInt8], _ end: Int) {
            if end > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
        }
        scan: while index < count {
            if state == .text || state == .tag {
                // Fast path: printable ASCII and line ends need no decision in text or inside tags.
                let stopsTag = state == .tag
                while index < count {
                    let byte = bytes[index]
                    if byte >= 0x20 && byte < 0x80 {
                        if byte == lessThan || byte == ampersand || byte == greaterThan { break }
                        if stopsTag && (byte == 0x22 || byte == 0x27) { break }
                    } else if byte != 0x0A && byte != 0x09 && byte != 0x0D {
                        break
                    }
                    index += 1
                }
                guard index < count else { break scan }
            }
            let byte = bytes[index]
            if state == .doctype {
                if byte == 0x0A { output.append(0x0A) }
                if byte == UInt8(ascii: "[") { tagDepth += 1 }
                if byte == UInt8(ascii: "]") { tagDepth -= 1 }
                if byte == greaterThan && tagDepth <= 0 { state = .text }
                index += 1
                runStart = index
                continue
            }
            if byte >= 0x80 {
                guard validatesUTF8 else { index += 1; continue }
                let length = utf8SequenceLength(bytes, at: index)
                if length > 0 { index += length; continue }
                if length == 0 && !isFinal { break scan }
                flush(&output, index)
                warn(at: offset + index, in: bytes, "invalid UTF-8 byte 0x\(hex(byte)) replaced by U+FFFD")
                output += replacementCharacter
                index += 1
                runStart = index
                continue
            }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                flush(&output, index)
                warn(at: offset + index, in: bytes, "control character U+00\(hex(byte)) removed (not allowed in XML 1.0)")
                index += 1
                runStart = index
                continue
            }
            switch state {
            case .text:
                if byte == lessThan {
                    guard let step = markupStart(bytes, at: index, isFinal: isFinal) else { break scan }
                    switch step {
                    case .keep(let length):
                        index += length
                    case .escape:
                        flush(&output, index)
                        warn(at: offset + index, in: bytes, "bare '<' escaped as &lt;")
                        output += escapedLessThan
                        index += 1
                        runStart = index
                    case .drop(let message):
                        flush(&output, index)
                        warn(at: offset + index, in: bytes, message)
                        tagDepth = 0
                        state = .doctype
                        index += 1
                        runStart = index
                    }
                } else if byte == ampersand {
                    guard reference(bytes, at: &index, runStart: &runStart, isFinal: isFinal, into: &output) else {
                        break scan
                    }
                } else if byte == greaterThan {
                    // `>` is legal in text except in `]]>`; escaping every one is simplest and loses nothing.
                    flush(&output, index)
                    output += escapedGreaterThan
                    index += 1
                    runStart = index
                } else {
                    index += 1
                }
            case .tag:
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    state = .attributeValue(byte)
                } else if byte == greaterThan {
                    state = .text
                }
                index += 1
            case .attributeValue(let quote):
                if byte == quote {
                    state = .tag
                    index += 1
                } else if byte == lessThan {
                    flush(&output, index)
                    warn(at: offset + index, in: bytes, "'<' in an attribute value escaped as &lt;")
                    output += escapedLessThan
                    index += 1
                    runStart = index
                } else if byte == ampersand {
                    guard reference(bytes, at: &index, runStart: &runStart, isFinal: isFinal, into: &output) else {
                        break scan
                    }
                } else {
                    index += 1
                }
            case .comment:
                guard byte == UInt8(ascii: "-") else { index += 1; continue }
                guard index + 2 < count else {
                    if !isFinal { break scan }
                    index += 1
                    continue
                }
                if bytes[index + 1] != UInt8(ascii: "-") {
                    index += 1
                } else if bytes[index + 2] == greaterThan {
                    index += 3
                    state = .text
                } else {
                    flush(&output, index)
                    warn(at: offset + index, in: bytes, "'--' inside a comment written as '- -'")
                    output += Array("- ".utf8)
                    index += 1
                    runStart = index
                }
            case .cdata:
                if byte == UInt8(ascii: "]") {
                    guard index + 2 < count else {
                        if !isFinal { break scan }
                        index += 1
                        continue
                    }
                    if bytes[index + 1] == UInt8(ascii: "]") && bytes[index + 2] == greaterThan {
                        index += 3
                        state = .text
                        continue
                    }
                }
                index += 1
            case .instruction:
                if byte == UInt8(ascii: "?") {
                    guard index + 1 < count else {
                        if !isFinal { break scan }
                        index += 1
                        continue
                    }
                    if bytes[index + 1] == greaterThan {
                        index += 2
                        state = .text
                        continue
                    }
                }
                index += 1
            case .prolog, .doctype:
                index += 1
            }
        }
        flush(&output, index)
        return index
    }
}

func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
}
