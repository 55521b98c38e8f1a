import Foundation

/// A campaign's calling rules: attempts, calling hours, calling days and claim expiry.
///
/// Defaults: 3 attempts, 10:00–20:00 Europe/Oslo, Monday to Saturday (members are left in peace on
/// Sundays), a retry on the next calling day, and claims that return to the pool after 30 minutes
/// without activity. Decoding fills in a default for every missing key.
public struct CallingRules: Sendable, Hashable, Codable {
    /// Calls (retries included) before an entry with no contact is `exhausted`.
    public var maxAttempts: Int
    /// Start of calling hours, minutes after local midnight.
    public var startMinute: Int
    /// End of calling hours (exclusive), minutes after local midnight.
    public var endMinute: Int
    /// IANA time zone identifier for calling hours.
    public var timeZoneIdentifier: String
    /// Days on which members are called.
    public var callingDays: Set<Weekday>
    /// Calling days to wait after no_answer, busy or voicemail (1: the next calling day).
    public var coolDownDays: Int
    /// Seconds without activity after which a claimed entry returns to the pool.
    public var claimTimeout: TimeInterval

    public init(
        maxAttempts: Int = 3,
        startMinute: Int = 10 * 60,
        endMinute: Int = 20 * 60,
        timeZoneIdentifier: String = "Europe/Oslo",
        callingDays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday],
        coolDownDays: Int = 1,
        claimTimeout: TimeInterval = 30 * 60
    ) {
        self.maxAttempts = maxAttempts
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.timeZoneIdentifier = timeZoneIdentifier
        self.callingDays = callingDays
        self.coolDownDays = coolDownDays
        self.claimTimeout = claimTimeout
    }

    /// The time zone of calling hours (Europe/Oslo if the identifier is unknown; see `validate()`).
    public var timeZone: TimeZone {
        TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(identifier: "Europe/Oslo") ?? TimeZone(secondsFromGMT: 3600)!
    }

    /// Throws when the rules cannot work: unknown time zone, empty or inverted hours,
    /// no calling days, fewer than one attempt, a cool-down under one day, a non-positive timeout.
    public func validate() throws {
        if TimeZone(identifier: timeZoneIdentifier) == nil {
            throw CallingRulesError.unknownTimeZone(timeZoneIdentifier)
        }
        guard (0..<1440).contains(startMinute), (1...1440).contains(endMinute), startMinute < endMinute else {
            throw CallingRulesError.invalidHours(start: startMinute, end: endMinute)
        }
        if callingDays.isEmpty { throw CallingRulesError.noCallingDays }
        if maxAttempts < 1 { throw CallingRulesError.invalidMaxAttempts(maxAttempts) }
        if coolDownDays < 1 { throw CallingRulesError.invalidCoolDown(coolDownDays) }
        if !(claimTimeout > 0) { throw CallingRulesError.invalidClaimTimeout(claimTimeout) }
    }

    private enum CodingKeys: String, CodingKey {
        case maxAttempts, startMinute, endMinute, timeZoneIdentifier, callingDays, coolDownDays, claimTimeout
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = CallingRules()
        maxAttempts = try c.decodeIfPresent(Int.self, forKey: .maxAttempts) ?? defaults.maxAttempts
        startMinute = try c.decodeIfPresent(Int.self, forKey: .startMinute) ?? defaults.startMinute
        endMinute = try c.decodeIfPresent(Int.self, forKey: .endMinute) ?? defaults.endMinute
        timeZoneIdentifier = try c.decodeIfPresent(String.self, forKey: .timeZoneIdentifier)
            ?? defaults.timeZoneIdentifier
        callingDays = try c.decodeIfPresent(Set<Weekday>.self, forKey: .callingDays) ?? defaults.callingDays
        coolDownDays = try c.decodeIfPresent(Int.self, forKey: .coolDownDays) ?? defaults.coolDownDays
        claimTimeout = try c.decodeIfPresent(TimeInterval.self, forKey: .claimTimeout) ?? defaults.claimTimeout
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(maxAttempts, forKey: .maxAttempts)
        try c.encode(startMinute, forKey: .startMinute)
        try c.encode(endMinute, forKey: .endMinute)
        try c.encode(timeZoneIdentifier, forKey: .timeZoneIdentifier)
        try c.encode(callingDays.sorted(), forKey: .callingDays)
        try c.encode(coolDownDays, forKey: .coolDownDays)
        try c.encode(claimTimeout, forKey: .claimTimeout)
    }
}

/// Why a set of calling rules cannot be used.
public enum CallingRulesError: BilingualError, Sendable, Hashable, CustomStringConvertible {
    case unknownTimeZone(String)
    case invalidHours(start: Int, end: Int)
    case noCallingDays
    case invalidMaxAttempts(Int)
    case invalidCoolDown(Int)
    case invalidClaimTimeout(TimeInterval)

    public var description: String {
        switch self {
        case .unknownTimeZone(let id): return "unknown time zone '\(id)'"
        case let .invalidHours(start, end):
            return "calling hours must start before they end, within one day (got minute \(start) to \(end))"
        case .noCallingDays: return "at least one calling day is needed"
        case .invalidMaxAttempts(let n): return "the maximum number of attempts must be at least 1 (got \(n))"
        case .invalidCoolDown(let n): return "the cool-down must be at least 1 calling day (got \(n))"
        case .invalidClaimTimeout(let t): return "the claim timeout must be positive (got \(t) seconds)"
        }
    }

    public func message(_ language: Language) -> String {
        guard language == .nb else { return description }
        switch self {
        case .unknownTimeZone(let id): return "ukjent tidssone '\(id)'"
        case let .invalidHours(start, end):
            return "ringetida må starte før den slutter, innenfor ett døgn (fikk minutt \(start) til \(end))"
        case .noCallingDays: return "minst én ringedag trengs"
        case .invalidMaxAttempts(let n): return "høyeste antall forsøk må være minst 1 (fikk \(n))"
        case .invalidCoolDown(let n): return "pausen mellom forsøk må være minst 1 ringedag (fikk \(n))"
        case .invalidClaimTimeout(let t): return "tida et medlem holdes av må være positiv (fikk \(t) sekunder)"
        }
    }
}
