/// A date and time as frontends store them, with the UTC offset when the file gives one.
public struct LibraryTimestamp: Hashable, Sendable, Comparable {
    /// Calendar date.
    public var year: Int, month: Int, day: Int
    /// Time of day.
    public var hour: Int, minute: Int, second: Int
    /// Fractional-second digits as written (LaunchBox writes up to seven), empty when none.
    public var fraction: String
    /// Offset from UTC in minutes (`-05:00` is -300), `nil` when the text has no zone.
    public var utcOffsetMinutes: Int?

    /// Creates a timestamp.
    public init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, fraction: String = "",
        utcOffsetMinutes: Int? = nil
    ) {
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)
        self.fraction = fraction
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Parses EmulationStation's `YYYYMMDDTHHMMSS`; `nil` for `0`, `not-a-date-time` and anything else.
    public init?(emulationStation text: String) {
        let chars = Array(text.utf8)
        guard chars.count >= 8, let date = Self.digits(chars, 0, 4).flatMap({ year in
            Self.digits(chars, 4, 2).flatMap { month in Self.digits(chars, 6, 2).map { (year, month, $0) } }
        }) else { return nil }
        var time = (0, 0, 0)
        if chars.count >= 15 && chars[8] == UInt8(ascii: "T") {
            guard let hour = Self.digits(chars, 9, 2), let minute = Self.digits(chars, 11, 2),
                let second = Self.digits(chars, 13, 2)
            else { return nil }
            time = (hour, minute, second)
        } else if chars.count != 8 {
            return nil
        }
        guard date.0 > 1, (1...12).contains(date.1), (1...31).contains(date.2) else { return nil }
        self.init(year: date.0, month: date.1, day: date.2, hour: time.0, minute: time.1, second: time.2)
    }

    /// Parses ISO 8601 as LaunchBox writes it: `2021-04-20T18:05:25.9264588-05:00` (fraction and zone optional).
    public init?(iso8601 text: String) {
        let chars = Array(text.utf8)
        guard chars.count >= 10, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
            let year = Self.digits(chars, 0, 4), let month = Self.digits(chars, 5, 2), let day = Self.digits(chars, 8, 2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
        guard chars.count > 10 else { return }
        guard chars.count >= 19, chars[10] == UInt8(ascii: "T"), let hour = Self.digits(chars, 11, 2),
            let minute = Self.digits(chars, 14, 2), let second = Self.digits(chars, 17, 2)
        else { return nil }
        (self.hour, self.minute, self.second) = (hour, minute, second)
        var index = 19
        if index < chars.count && chars[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < chars.count, (0x30...0x39).contains(chars[index]) { index += 1 }
            fraction = String(decoding: chars[start..<index], as: UTF8.self)
        }
        guard index < chars.count else { return }
        if chars[index] == UInt8(ascii: "Z") && index + 1 == chars.count {
            utcOffsetMinutes = 0
        } else if chars.count == index + 6, chars[index] == UInt8(ascii: "+") || chars[index] == UInt8(ascii: "-"),
            let hours = Self.digits(chars, index + 1, 2), let minutes = Self.digits(chars, index + 4, 2)
        {
            utcOffsetMinutes = (chars[index] == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
        } else {
            return nil
        }
    }

    /// EmulationStation's form, `YYYYMMDDTHHMMSS` (local time as written; the zone is dropped).
    public var emulationStationText: String {
        pad(year, 4) + pad(month, 2) + pad(day, 2) + "T" + pad(hour, 2) + pad(minute, 2) + pad(second, 2)
    }

    /// ISO 8601 as LaunchBox writes it, keeping the fraction digits and the offset when known.
    public var iso8601Text: String {
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(hour, 2) + ":" + pad(minute, 2)
            + ":" + pad(second, 2)
        if !fraction.isEmpty { text += "." + fraction }
        if let offset = utcOffsetMinutes {
            text += (offset < 0 ? "-" : "+") + pad(abs(offset) / 60, 2) + ":" + pad(abs(offset) % 60, 2)
        }
        return text
    }

    /// The calendar day it stands for: the written date at local midnight, otherwise the UTC date.
    ///
    /// LaunchBox stores release dates as a midnight somewhere re-expressed in the user's offset
    /// (`T02:00:00-05:00`), so a non-midnight time with an offset is converted to UTC first.
    public var calendarDay: GameDate {
        guard let offset = utcOffsetMinutes, hour != 0 || minute != 0 || second != 0 else {
            return GameDate(year: year, month: month, day: day)
        }
        let minutes = hour * 60 + minute - offset
        let dayShift = minutes < 0 ? -1 : (minutes >= 24 * 60 ? 1 : 0)
        return Self.shift(year: year, month: month, day: day, by: dayShift)
    }

    /// Orders timestamps by their written date and time (offsets are not applied).
    public static func < (lhs: LibraryTimestamp, rhs: LibraryTimestamp) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    private static func shift(year: Int, month: Int, day: Int, by days: Int) -> GameDate {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var (y, m, d) = (year, month, day + days)
        if d < 1 {
            m -= 1
            if m < 1 { (y, m) = (y - 1, 12) }
            d = lengths[m - 1]
        } else if d > lengths[m - 1] {
            (m, d) = (m + 1, 1)
            if m > 12 { (y, m) = (y + 1, 1) }
        }
        return GameDate(year: y, month: m, day: d)
    }

    private static func digits(_ chars: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= chars.count else { return nil }
        var value = 0
        for byte in chars[start..<start + count] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
}
