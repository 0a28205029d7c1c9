import Foundation
import RetroMetadataScan

/// Deterministic pseudo-random bytes (xorshift), so failures reproduce.
func patternBytes(_ count: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return UInt8(truncatingIfNeeded: state >> 24)
    }
}

/// CRC-32 (IEEE, reflected) computed bit by bit: an independent reference for the zlib result.
func referenceCRC32(_ bytes: [UInt8]) -> String {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    let value = ~crc
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
}

/// Whether an executable is on the PATH.
func toolInstalled(_ name: String) -> Bool {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
}

/// Runs a tool in `folder`, failing when it exits non-zero.
func runTool(_ name: String, _ arguments: [String], in folder: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [name] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(name) failed"])
    }
}

/// The scan error `body` throws; `nil` when it succeeds.
func scanError(_ body: () throws(ScanError) -> Any) -> ScanError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}
