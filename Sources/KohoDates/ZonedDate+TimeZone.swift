public import Foundation

extension ZonedDate {
    /// The same instant at the offset `timeZone` has then: what a reader in that zone sees on a clock.
    ///
    /// A date written without a time of day keeps its own offset: it names a day, not an instant, and is
    /// already read in the site's time zone.
    public func shown(in timeZone: TimeZone) -> ZonedDate {
        guard hasTime else { return self }
        var shown = self
        shown.utcOffsetSeconds = Self.utcOffset(of: timeZone, at: secondsSinceEpoch)
        return shown
    }

    /// The offset from UTC, in seconds, that `timeZone` has `seconds` after 1970-01-01T00:00:00Z.
    public static func utcOffset(of timeZone: TimeZone, at seconds: Int64) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
