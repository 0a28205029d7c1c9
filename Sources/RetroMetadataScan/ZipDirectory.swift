#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import RetroMetadataCore

/// A zip file's central directory, read directly: member names, sizes and stored CRC-32s,
/// without decompressing anything.
struct ZipDirectory {
    /// One member as the central directory lists it.
    struct Member {
        /// The member's path inside the archive.
        let name: String
        /// The uncompressed size.
        let size: Int64
        /// The stored CRC-32 of the uncompressed bytes.
        let crc32: UInt32
        /// Whether the member is encrypted.
        let isEncrypted: Bool
    }

    /// The regular members (folders left out), in directory order.
    let members: [Member]

    /// Reads the central directory of the zip file at `path`.
    init(path: String) throws(ScanError) {
        let file = try ZipDirectory.RandomAccessFile(path: path)
        defer { file.close() }
        let tailLength = Int(min(file.size, 22 + 65_535))
        let tail = try file.read(at: file.size - Int64(tailLength), count: tailLength)
        guard let end = ZipDirectory.lastSignature(0x0605_4B50, in: tail, minimumRemaining: 22) else {
            throw .corruptArchive(path, reason: "no zip end of central directory record")
        }
        var count = Int64(tail.uint16(at: end + 10))
        var directorySize = Int64(tail.uint32(at: end + 12))
        var directoryOffset = Int64(tail.uint32(at: end + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            // Zip64: a locator just before the end record points at the 64-bit end record.
            guard end >= 20, tail.uint32(at: end - 20) == 0x0706_4B50 else {
                throw .corruptArchive(path, reason: "zip64 locator missing")
            }
            let record = try file.read(at: Int64(tail.uint64(at: end - 20 + 8)), count: 56)
            guard record.uint32(at: 0) == 0x0606_4B50 else { throw .corruptArchive(path, reason: "bad zip64 record") }
            count = Int64(record.uint64(at: 32))
            directorySize = Int64(record.uint64(at: 40))
            directoryOffset = Int64(record.uint64(at: 48))
        }
        guard directoryOffset + directorySize <= file.size, directorySize < 1 << 30 else {
            throw .corruptArchive(path, reason: "central directory outside the file")
        }
        let directory = try file.read(at: directoryOffset, count: Int(directorySize))
        members = try ZipDirectory.parse(directory, count: count, path: path)
    }

    /// CRC-only records of the members, as the directory states them.
    func records(path: String) throws(ScanError) -> [HashRecord] {
        var records: [HashRecord] = []
        for member in members {
            if member.isEncrypted { throw .encryptedArchive(path, member: member.name) }
            let hashes = FileHashes(size: member.size, crc32: Hex.string(member.crc32), md5: "", sha1: "")
            records.append(HashRecord(member: member.name, hashes: hashes))
        }
        return records
    }

    private static func parse(_ bytes: [UInt8], count: Int64, path: String) throws(ScanError) -> [Member] {
        var members: [Member] = []
        var position = 0
        for _ in 0..<count {
            guard position + 46 <= bytes.count, bytes.uint32(at: position) == 0x0201_4B50 else {
                throw .corruptArchive(path, reason: "bad central directory entry at byte \(position)")
            }
            let nameLength = Int(bytes.uint16(at: position + 28))
            let extraLength = Int(bytes.uint16(at: position + 30))
            let commentLength = Int(bytes.uint16(at: position + 32))
            let nameStart = position + 46
            guard nameStart + nameLength + extraLength <= bytes.count else {
                throw .corruptArchive(path, reason: "truncated central directory")
            }
            let name = String(decoding: bytes[nameStart..<nameStart + nameLength], as: UTF8.self)
            var size = Int64(bytes.uint32(at: position + 24))
            if size == 0xFFFF_FFFF {
                let extra = Array(bytes[nameStart + nameLength..<nameStart + nameLength + extraLength])
                size = zip64Size(extra) ?? size
            }
            if !name.hasSuffix("/") {
                members.append(
                    Member(
                        name: name, size: size, crc32: bytes.uint32(at: position + 16),
                        isEncrypted: bytes.uint16(at: position + 8) & 1 != 0))
            }
            position = nameStart + nameLength + extraLength + commentLength
        }
        return members
    }

    /// The uncompressed size from a zip64 extra field (id 1), which lists it first.
    private static func zip64Size(_ extra: [UInt8]) -> Int64? {
        var position = 0
        while position + 4 <= extra.count {
            let id = extra.uint16(at: position)
            let length = Int(extra.uint16(at: position + 2))
            if id == 1, length >= 8, position + 12 <= extra.count { return Int64(extra.uint64(at: position + 4)) }
            position += 4 + length
        }
        return nil
    }

    private static func lastSignature(_ signature: UInt32, in bytes: [UInt8], minimumRemaining: Int) -> Int? {
        var position = bytes.count - minimumRemaining
        while position >= 0 {
            if bytes.uint32(at: position) == signature { return position }
            position -= 1
        }
        return nil
    }
}

extension ZipDirectory {
    /// A file read at chosen offsets with `pread`.
    fileprivate struct RandomAccessFile {
        let path: String
        let descriptor: Int32
        let size: Int64

        init(path: String) throws(ScanError) {
            self.path = path
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw FileReader.error(path, errno) }
            size = Int64(lseek(descriptor, 0, SEEK_END))
        }

        func read(at offset: Int64, count: Int) throws(ScanError) -> [UInt8] {
            guard offset >= 0 else { throw .corruptArchive(path, reason: "offset before the start of the file") }
            var bytes = [UInt8](repeating: 0, count: count)
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
            guard got == count else { throw .corruptArchive(path, reason: "file ends early") }
            return bytes
        }

        func close() {
            #if canImport(Glibc)
                _ = Glibc.close(descriptor)
            #else
                _ = Darwin.close(descriptor)
            #endif
        }
    }
}

extension [UInt8] {
    fileprivate func uint16(at offset: Int) -> UInt16 { UInt16(self[offset]) | UInt16(self[offset + 1]) << 8 }
    fileprivate func uint32(at offset: Int) -> UInt32 {
        UInt32(uint16(at: offset)) | UInt32(uint16(at: offset + 2)) << 16
    }
    fileprivate func uint64(at offset: Int) -> UInt64 {
        UInt64(uint32(at: offset)) | UInt64(uint32(at: offset + 4)) << 32
    }
}
