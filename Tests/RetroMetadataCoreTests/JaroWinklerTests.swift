import Testing

@testable import RetroMetadataCore

@Suite struct JaroWinklerTests {
    /// The spec's strsimpy test vectors, to six decimals.
    @Test(
        arguments: [
            ("super mario world", "super mario world 2", 0.996307),
            ("super mario wrld", "super mario world", 0.995386),
            ("super mario bros", "super mario kart", 0.968750),
            ("legend of zelda", "legend of zelda link to past", 0.928146),
            ("mario 5", "mario 3", 0.961905),
            ("martha", "marhta", 0.961111),
            ("dixon", "dicksonx", 0.813333),
            ("sonic the hedgehog", "sonic hedgehog", 0.918871),
            ("paper mario", "paper mario color splash", 0.902199),
            ("abc", "xyz", 0),
            ("a", "b", 0),
            ("", "", 1),
            ("", "test", 0),
        ] as [(String, String, Double)])
    func referenceVectors(first: String, second: String, expected: Double) {
        let score = JaroWinkler.similarity(first, second)
        #expect(abs(score - expected) < 0.0000005, "\(first) / \(second): \(score)")
    }

    @Test func symmetricOnTheseVectors() {
        #expect(JaroWinkler.similarity("dicksonx", "dixon") == JaroWinkler.similarity("dixon", "dicksonx"))
    }

    @Test func caseMatters() {
        #expect(JaroWinkler.similarity("MARIO", "mario") == 0)
    }

    @Test func worksOnNonLatinScalars() {
        #expect(JaroWinkler.similarity("ドラゴンクエスト", "ドラゴンクエスト") == 1)
        #expect(JaroWinkler.similarity("ドラゴンクエスト", "ドラゴンクエストii") > 0.9)
    }
}
