import Foundation
import RetroMetadataXML

/// Reads one DAT file of either format: Logiqx XML when it starts with `<`, clrmamepro text otherwise.
public enum DATFile {
    /// The games of the DAT at `path`; throws with the file and line when it is malformed.
    public static func read(path: String) throws(DATError) -> [DATGame] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path, reason: "cannot read: \(error.localizedDescription)")
        }
        return try parse(Array(data), file: path)
    }

    /// The games of DAT bytes named `file` in errors.
    public static func parse(_ bytes: [UInt8], file: String) throws(DATError) -> [DATGame] {
        let first = bytes.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
        guard first == UInt8(ascii: "<") else {
            return try ClrMameProParser(file: file).games(String(decoding: bytes, as: UTF8.self))
        }
        let document: XMLDocument
        do {
            document = try XMLDocument(parsing: bytes, file: file)
        } catch let error as XMLError {
            throw .syntax(file, line: error.line, error.message)
        } catch {
            throw .syntax(file, line: nil, "\(error)")
        }
        return try LogiqxParser(file: file).games(document)
    }
}
