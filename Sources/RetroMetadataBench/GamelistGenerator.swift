import Foundation

/// Writes a gamelist.xml with fully filled entries, the size of a large real collection.
enum GamelistGenerator {
    /// The image files each entry names, as the suffix of `./images/<stem>-<suffix>.png` (screenshot, cover,
    /// marquee); each also names `./videos/<stem>-video.mp4`.
    static let imageSuffixes = ["image", "thumb", "marquee"]

    /// The ROM file name without extension of entry `index`.
    static func stem(_ index: Int) -> String { "Game \(index) (USA)" }

    /// Writes `entries` games to `path` with `lineEnd` ending each line; returns the file's size in bytes.
    static func write(entries: Int, to path: String, lineEnd: String = "\n") throws -> Int {
        let writer = try BufferedFileWriter(path: path)
        let description = String(
            repeating: "A long description of the game, with several sentences of text. ", count: 6)
        try writer.write("<?xml version=\"1.0\"?>\(lineEnd)<gameList>\(lineEnd)")
        for index in 0..<entries {
            let file = stem(index)
            let hex = String(index, radix: 16)
            let md5 = String(repeating: "0", count: 32 - hex.count) + hex
            let second = index % 60 < 10 ? "0\(index % 60)" : "\(index % 60)"
            let entry =
                """
                \t<game id="\(index)">
                \t\t<path>./\(file).zip</path>
                \t\t<name>Game \(index) &amp; Friends</name>
                \t\t<desc>\(description)</desc>
                \t\t<image>./images/\(file)-image.png</image>
                \t\t<thumbnail>./images/\(file)-thumb.png</thumbnail>
                \t\t<marquee>./images/\(file)-marquee.png</marquee>
                \t\t<video>./videos/\(file)-video.mp4</video>
                \t\t<rating>0.\(index % 10)</rating>
                \t\t<releasedate>1995031\(index % 10)T000000</releasedate>
                \t\t<developer>Developer \(index % 97)</developer>
                \t\t<publisher>Publisher \(index % 31)</publisher>
                \t\t<genre>Action / Platform</genre>
                \t\t<players>1-\(1 + index % 4)</players>
                \t\t<playcount>\(index % 7)</playcount>
                \t\t<lastplayed>20230115T2130\(second)</lastplayed>
                \t\t<md5>\(md5)</md5>
                \t\t<lang>en</lang>
                \t\t<region>us</region>
                \t</game>

                """
            try writer.write(lineEnd == "\n" ? entry : entry.replacingOccurrences(of: "\n", with: lineEnd))
        }
        try writer.write("</gameList>\(lineEnd)")
        try writer.close()
        return writer.count
    }
}
