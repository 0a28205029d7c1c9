/// Writes a LaunchBox `Metadata.xml` dump: games, each with alternate names and several images, as the real one.
enum LaunchBoxMetadataGenerator {
    /// What was written.
    struct Written {
        /// The file's size in bytes.
        var bytes: Int
        /// Records (games, alternate names, images).
        var records: Int
    }

    private static let platforms = [
        "Nintendo 64", "Sony Playstation", "Sega Genesis", "Super Nintendo Entertainment System",
    ]
    private static let imageTypes = [
        "Box - Front", "Box - Back", "Screenshot - Gameplay", "Clear Logo", "Fanart - Background",
    ]
    private static let regions = ["North America", "Europe", "Japan", "China"]

    /// Writes games until the file reaches `targetBytes`.
    static func write(targetBytes: Int, to path: String) throws -> Written {
        let writer = try BufferedFileWriter(path: path)
        var random = SeededGenerator(seed: 7)
        let overview = String(
            repeating: "An adventure across seven worlds & a castle, told in chapters with new companions. ", count: 5)
        var records = 0
        var game = 0
        try writer.write("<?xml version=\"1.0\" standalone=\"yes\"?>\n<LaunchBox>\n")
        while writer.count < targetBytes {
            game += 1
            let year = 1980 + game % 40
            try writer.write(
                """
                  <Game>
                    <Name>Generated Game \(game): Part \(game % 7)</Name>
                    <ReleaseDate>\(year)-0\(1 + game % 9)-1\(game % 10)T00:00:00-07:00</ReleaseDate>
                    <Overview>\(overview)</Overview>
                    <MaxPlayers>\(1 + game % 4)</MaxPlayers>
                    <ReleaseType>Released</ReleaseType>
                    <Cooperative>\(game % 2 == 0)</Cooperative>
                    <VideoURL>http://www.youtube.com/watch?v=v\(game)</VideoURL>
                    <DatabaseID>\(game)</DatabaseID>
                    <CommunityRating>\(Double(game % 50) / 10)</CommunityRating>
                    <WikipediaURL>https://en.wikipedia.org/wiki/Generated_Game_\(game)</WikipediaURL>
                    <Platform>\(platforms[game % platforms.count])</Platform>
                    <ESRB>E - Everyone</ESRB>
                    <CommunityRatingCount>\(game % 500)</CommunityRatingCount>
                    <Genres>Action; Role-Playing</Genres>
                    <Developer>Developer \(game % 300)</Developer>
                    <Publisher>Publisher \(game % 80)</Publisher>
                  </Game>

                """)
            records += 1
            for alternate in 0..<Int.random(in: 0...3, using: &random) {
                try writer.write(
                    """
                      <GameAlternateName>
                        <AlternateName>Alternate \(alternate) of \(game)</AlternateName>
                        <DatabaseID>\(game)</DatabaseID>
                        <Region>\(regions[alternate % regions.count])</Region>
                      </GameAlternateName>

                    """)
                records += 1
            }
            for image in 0..<Int.random(in: 2...12, using: &random) {
                try writer.write(
                    """
                      <GameImage>
                        <DatabaseID>\(game)</DatabaseID>
                        <FileName>\(game)-\(image)-\(random.next() % 1_000_000_007).jpg</FileName>
                        <Type>\(imageTypes[image % imageTypes.count])</Type>
                        <Region>\(regions[image % regions.count])</Region>
                        <CRC32>\(UInt32(truncatingIfNeeded: random.next()))</CRC32>
                      </GameImage>

                    """)
                records += 1
            }
        }
        try writer.write("</LaunchBox>\n")
        try writer.close()
        return Written(bytes: writer.count, records: records)
    }
}
