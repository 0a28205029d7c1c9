import Foundation

/// Streams standard input line by line without holding it all in memory.
enum StandardInputLines {
    /// One line of input.
    enum Line {
        /// A line of valid UTF-8, without its line ending.
        case text(String)
        /// A line that is not valid UTF-8, by one-based line number.
        case invalid(Int)
    }

    /// Calls `body` for every line of standard input; `\r\n` endings lose the `\r`.
    static func read(_ body: (Line) throws -> Void) throws {
        var number = 0
        var pending: [UInt8] = []
        let handle = FileHandle.standardInput
        func flush(_ bytes: ArraySlice<UInt8>) throws {
            number += 1
            var bytes = bytes
            if bytes.last == 13 { bytes.removeLast() }
            if let text = String(validating: bytes, as: UTF8.self) {
                try body(.text(text))
            } else {
                try body(.invalid(number))
            }
        }
        while true {
            let chunk = handle.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 10) {
                try flush(pending[start..<newline])
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try flush(pending[...]) }
    }
}
