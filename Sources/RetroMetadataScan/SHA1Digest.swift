import COpenSSL
import Foundation

/// SHA-1 of a byte buffer in one call, for content-addressed storage outside the ROM hashing path.
public enum SHA1Digest {
    /// The lower-case hexadecimal SHA-1 of `bytes`.
    public static func hex(of bytes: Data) -> String {
        var output = [UInt8](repeating: 0, count: 20)
        bytes.withUnsafeBytes { buffer in
            let context = EVP_MD_CTX_new()
            defer { EVP_MD_CTX_free(context) }
            EVP_DigestInit_ex(context, EVP_sha1(), nil)
            EVP_DigestUpdate(context, buffer.baseAddress, buffer.count)
            var length: UInt32 = 0
            EVP_DigestFinal_ex(context, &output, &length)
        }
        return Hex.string(output)
    }
}
