/// A calendar date and time decoded from an Excel serial number in the 1900 or the 1904 date system.
public struct ExcelDate: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int

    /// Decodes a serial; nil for negative, non-finite or absurdly large serials, and for serials before 1 in the
    /// 1900 system (Excel shows 0 as the day before 1 January 1900, "1900-01-00"). This is the one decoder of
    /// Excel serials: the reader's cells and the register's dates both use it.
    ///
    /// In the 1900 system serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was (serial 60),
    /// so serials from 61 on are days since 1899-12-30 and smaller ones days since 1899-12-31.
    /// In the 1904 system serial 0 is 1904-01-01.
    public init?(serial: Double, uses1904: Bool) {
        guard serial.isFinite, serial >= (uses1904 ? 0 : 1), serial < 2_958_466 else { return nil }
        var wholeDays = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(wholeDays)) * 86_400).rounded())
        if seconds >= 86_400 {
            wholeDays += 1
            seconds -= 86_400
        }
        let epoch: Int
        if uses1904 {
            epoch = ExcelDate.daysFromCivil(1904, 1, 1)
        } else if wholeDays >= 61 {
            epoch = ExcelDate.daysFromCivil(1899, 12, 30)
        } else if wholeDays == 60 {
            (year, month, day) = (1900, 2, 29)
            (hour, minute, second) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
            return
        } else {
            epoch = ExcelDate.daysFromCivil(1899, 12, 31)
        }
        (year, month, day) = ExcelDate.civil(fromDays: epoch + wholeDays)
        (hour, minute, second) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
    }

    /// `yyyy-mm-dd`, followed by ` hh:mm` or ` hh:mm:ss` when there is a time of day.
    public var description: String {
        var result = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        if hour != 0 || minute != 0 || second != 0 {
            result += " \(pad(hour, 2)):\(pad(minute, 2))"
            if second != 0 { result += ":\(pad(second, 2))" }
        }
        return result
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
