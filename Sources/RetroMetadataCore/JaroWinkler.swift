/// Jaro-Winkler similarity exactly as the reference implementation computes it (strsimpy's
/// `JaroWinkler` with its defaults): boost only above 0.7, uncapped common prefix, scale
/// `min(0.1, 1 / longer length)`.
public enum JaroWinkler {
    /// The similarity of two strings compared scalar by scalar, 0...1 (no case folding).
    public static func similarity(_ first: String, _ second: String) -> Double {
        similarity(first.unicodeScalars.map(\.value), second.unicodeScalars.map(\.value))
    }

    /// The similarity of two scalar arrays, 0...1; equal arrays (including two empty ones) score 1.
    public static func similarity(_ first: [UInt32], _ second: [UInt32]) -> Double {
        if first == second { return 1 }
        let (longer, shorter) = first.count > second.count ? (first, second) : (second, first)
        if shorter.isEmpty { return 0 }
        let window = max(longer.count / 2 - 1, 0)
        var matches = 0
        var transpositions = 0
        shorter.withUnsafeBufferPointer { short in
            longer.withUnsafeBufferPointer { long in
                withUnsafeTemporaryAllocation(of: Bool.self, capacity: long.count + short.count) { flags in
                    flags.initialize(repeating: false)
                    // flags[0..<long.count] mark matched scalars of the longer string,
                    // flags[long.count...] those of the shorter one.
                    for index in 0..<short.count {
                        let scalar = short[index]
                        let upper = min(index + window + 1, long.count)
                        var other = max(index - window, 0)
                        while other < upper {
                            if !flags[other] && long[other] == scalar {
                                flags[other] = true
                                flags[long.count + index] = true
                                matches += 1
                                break
                            }
                            other += 1
                        }
                    }
                    var longIndex = 0
                    for index in 0..<short.count where flags[long.count + index] {
                        while !flags[longIndex] { longIndex += 1 }
                        if long[longIndex] != short[index] { transpositions += 1 }
                        longIndex += 1
                    }
                }
            }
        }
        if matches == 0 { return 0 }
        let m = Double(matches)
        let jaro = (m / Double(first.count) + m / Double(second.count) + (m - Double(transpositions / 2)) / m) / 3
        guard jaro > 0.7 else { return jaro }
        var prefix = 0
        while prefix < shorter.count && first[prefix] == second[prefix] { prefix += 1 }
        let scale = min(0.1, 1 / Double(longer.count))
        return jaro + scale * Double(prefix) * (1 - jaro)
    }
}
