/// Writes ROM-like files of mixed sizes (small cartridges to CD images) filled with seeded noise.
enum RomDataGenerator {
    /// The size pattern, repeated until the total is reached: small cartridges to disc-sized files.
    private static let sizes = [128 << 10, 512 << 10, 2 << 20, 8 << 20, 32 << 20, 128 << 20]

    /// Writes files totalling about `totalBytes` into `folder`; returns their paths and the exact total.
    static func write(totalBytes: Int, into folder: ScratchFolder) throws -> (paths: [String], bytes: Int) {
        var random = SeededGenerator(seed: 99)
        var block = [UInt8](repeating: 0, count: 1 << 20)
        for index in block.indices { block[index] = UInt8(truncatingIfNeeded: random.next()) }
        let largest = max(sizes[0], totalBytes / 4)
        var paths: [String] = []
        var total = 0
        var step = 0
        while total < totalBytes {
            let size = min(sizes[step % sizes.count], largest)
            step += 1
            let path = folder.file("rom-\(paths.count).bin")
            let writer = try BufferedFileWriter(path: path)
            var left = size
            while left > 0 {
                // A different first word per block keeps files and blocks distinct.
                block.withUnsafeMutableBytes { $0.storeBytes(of: random.next(), as: UInt64.self) }
                let count = min(left, block.count)
                try writer.write(bytes: Array(block[0..<count]))
                left -= count
            }
            try writer.close()
            paths.append(path)
            total += size
        }
        return (paths, total)
    }
}
