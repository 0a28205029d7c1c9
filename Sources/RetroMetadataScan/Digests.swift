import COpenSSL
import CZlib
import RetroMetadataCore

/// CRC-32, MD5 and SHA-1 of one stream of bytes, updated together chunk by chunk.
///
/// zlib's `crc32_z` and OpenSSL's EVP digests were the fastest implementations measured here
/// (see README, Performance).
final class Digests {
    private var crc: UInt = 0
    private var count: Int64 = 0
    private let md5: OpaquePointer
    private let sha1: OpaquePointer?
    private let crcOnly: Bool

    /// Starts empty digests; `crcOnly` skips MD5 and SHA-1.
    init(crcOnly: Bool = false) {
        self.crcOnly = crcOnly
        md5 = EVP_MD_CTX_new()
        sha1 = EVP_MD_CTX_new()
        EVP_DigestInit_ex(md5, EVP_md5(), nil)
        EVP_DigestInit_ex(sha1, EVP_sha1(), nil)
    }

    deinit {
        EVP_MD_CTX_free(md5)
        EVP_MD_CTX_free(sha1)
    }

    /// Adds bytes to every digest.
    func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        count += Int64(bytes.count)
        crc = crc32_z(crc, base.assumingMemoryBound(to: Bytef.self), bytes.count)
        guard !crcOnly else { return }
        EVP_DigestUpdate(md5, base, bytes.count)
        EVP_DigestUpdate(sha1, base, bytes.count)
    }

    /// The digests of everything added; call once.
    func finish() -> FileHashes {
        let crcText = Hex.string(UInt32(truncatingIfNeeded: crc))
        guard !crcOnly else { return FileHashes(size: count, crc32: crcText, md5: "", sha1: "") }
        return FileHashes(size: count, crc32: crcText, md5: Digests.final(md5), sha1: Digests.final(sha1))
    }

    private static func final(_ context: OpaquePointer?) -> String {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context, &output, &length)
        return Hex.string(output.prefix(Int(length)))
    }
}
