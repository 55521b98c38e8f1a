import Foundation

/// The meeting new members are invited to as a script or SMS says it (`{meeting}`): weekday, date and time in the
/// organisation's time zone, then the place when there is one. Short enough for an SMS:
/// nb "torsdag 10. desember kl. 19.00 på Folkets hus", en "Thursday 10 December at 19:00 at Folkets hus".
public enum MeetingText {
    public static func say(_ start: Date, place: String?, language: Language, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.weekday, .day, .month, .hour, .minute], from: start)
        // Calendar numbers Sunday 1 … Saturday 7.
        let weekday = ((parts.weekday ?? 1) + 5) % 7
        let month = (parts.month ?? 1) - 1
        let (day, hour, minute) = (parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0)
        let place = place?.trimmingCharacters(in: .whitespaces) ?? ""
        switch language {
        case .nb:
            let time = String(format: "%02d.%02d", hour, minute)
            let when = "\(weekdaysNorwegian[weekday]) \(day). \(monthsNorwegian[month]) kl. \(time)"
            return place.isEmpty ? when : "\(when) på \(place)"
        case .en:
            let time = String(format: "%02d:%02d", hour, minute)
            let when = "\(weekdaysEnglish[weekday]) \(day) \(monthsEnglish[month]) at \(time)"
            return place.isEmpty ? when : "\(when) at \(place)"
        }
    }

    private static let weekdaysNorwegian = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
    private static let weekdaysEnglish = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let monthsNorwegian = [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember",
    ]
    private static let monthsEnglish = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
}
