/// Splits clrmamepro DAT text into words, quoted strings and parentheses, each with its line.
struct ClrMameProTokenizer {
    /// One token and the line it starts on.
    struct Token: Equatable {
        /// What the token is.
        enum Kind: Equatable {
            case open, close
            case word(String)
        }
        var kind: Kind
        var line: Int
    }

    let file: String

    /// Every token of `text`; throws at an unterminated string.
    func tokens(_ text: String) throws(DATError) -> [Token] {
        var tokens: [Token] = []
        var line = 1
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                index += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "("):
                tokens.append(Token(kind: .open, line: line))
                index += 1
            case UInt8(ascii: ")"):
                tokens.append(Token(kind: .close, line: line))
                index += 1
            case UInt8(ascii: "\""):
                let start = index + 1
                let startLine = line
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                    if bytes[end] == UInt8(ascii: "\n") { line += 1 }
                    end += 1
                }
                guard end < bytes.count else {
                    throw .syntax(file, line: startLine, "string opened here is never closed")
                }
                tokens.append(Token(kind: .word(String(decoding: bytes[start..<end], as: UTF8.self)), line: startLine))
                index = end + 1
            default:
                let start = index
                while index < bytes.count, !Self.isDelimiter(bytes[index]) { index += 1 }
                tokens.append(Token(kind: .word(String(decoding: bytes[start..<index], as: UTF8.self)), line: line))
            }
        }
        return tokens
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "\"")
    }
}
