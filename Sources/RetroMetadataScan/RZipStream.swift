import CZlib
import Foundation

/// RetroArch's chunked zlib container (`#RZIPv1#`), used for playlists when "compress playlists" is on.
public enum RZipStream {
    /// The eight bytes every RZIP file starts with.
    static let magic: [UInt8] = Array("#RZIPv".utf8) + [1] + Array("#".utf8)
    /// Magic, chunk size (UInt32 LE), total size (UInt64 LE).
    static let headerSize = 20
    /// A larger declared size is refused rather than allocated (playlists are a few MB at most).
    static let maximumSize: UInt64 = 1 << 30

    /// Whether `data` is an RZIP container.
    public static func isCompressed(_ data: Data) -> Bool {
        data.count >= headerSize && data.prefix(magic.count).elementsEqual(magic)
    }

    /// The contents of the container in `data`; `file` names it in errors.
    public static func decompress(_ data: Data, file: String) throws(ScanError) -> Data {
        let bytes = [UInt8](data)
        guard isCompressed(data) else { throw .corruptArchive(file, reason: "not an RZIP stream") }
        let chunkSize = Int(littleEndian(bytes, at: 8, count: 4))
        let total = littleEndian(bytes, at: 12, count: 8)
        guard chunkSize > 0, total <= maximumSize else {
            throw .corruptArchive(file, reason: "RZIP header declares chunk size \(chunkSize), total \(total)")
        }
        var output = [UInt8]()
        output.reserveCapacity(Int(total))
        var offset = headerSize
        while output.count < Int(total) {
            guard offset + 4 <= bytes.count else {
                throw .corruptArchive(file, reason: "RZIP stream ends after \(output.count) of \(total) bytes")
            }
            let compressed = Int(littleEndian(bytes, at: offset, count: 4))
            offset += 4
            guard compressed > 0, offset + compressed <= bytes.count else {
                throw .corruptArchive(file, reason: "RZIP chunk at byte \(offset - 4) is truncated")
            }
            let expected = min(chunkSize, Int(total) - output.count)
            output += try inflate(bytes[offset..<(offset + compressed)], expected: expected, file: file)
            offset += compressed
        }
        return Data(output)
    }

    /// One zlib chunk inflated; it must hold exactly `expected` bytes.
    private static func inflate(_ chunk: ArraySlice<UInt8>, expected: Int, file: String) throws(ScanError) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: expected)
        var length = uLongf(expected)
        let status = chunk.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { target in
                uncompress(target.baseAddress, &length, source.baseAddress, uLong(source.count))
            }
        }
        guard status == Z_OK, Int(length) == expected else {
            throw .corruptArchive(file, reason: "RZIP chunk does not inflate to \(expected) bytes (zlib status \(status))")
        }
        return result
    }

    private static func littleEndian(_ bytes: [UInt8], at offset: Int, count: Int) -> UInt64 {
        (0..<count).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }
}
