import Foundation

/// Reads environment variables one by one: `ProcessInfo.environment` copies every variable into a new dictionary
/// each time it is asked.
enum Environment {
    /// The value of the variable `name`, if it is set.
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
