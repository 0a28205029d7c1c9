import RetroMetadataCore
import Testing

@Suite struct FNV1a128Tests {
    @Test(arguments: [
        ("", "6c62272e07bb014262b821756295c58d"),
        ("a", "d228cb696f1a8caf78912b704e4a8964"),
        ("foobar", "343e1662793c64bf6f0d3597ba446f18"),
    ])
    func matchesReferenceVectors(_ input: String, _ digest: String) {
        #expect(FNV1a128.hexDigest(of: input) == digest)
    }

    @Test func feedingInPiecesEqualsFeedingAtOnce() {
        var hash = FNV1a128()
        hash.update("foo".utf8)
        hash.update("bar".utf8)
        #expect(hash.hexDigest == FNV1a128.hexDigest(of: "foobar"))
    }
}
