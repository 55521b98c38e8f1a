import Foundation

/// A demo database in `folder` with a campaign Høst that calls around the clock, overlapping the demo's own list,
/// and all of it on Kari Nordmann's list: the setup of the tests of paper sheets, `dues log` and call times.
public enum DemoList {
    public static let campaign = "Høst"
    public static let caller = "Kari Nordmann"

    /// A step of the setup that did not succeed.
    public struct StepFailed: Error, CustomStringConvertible {
        public let step: [String]
        public let stderr: String
        public var description: String { "dues \(step.joined(separator: " ")): \(stderr)" }
    }

    public static func make(in folder: URL) throws {
        for step in [
            ["demo"],
            ["campaign", "create", campaign, "--kind", "dues", "--hours", "0:00-24:00", "--days", "1234567", "--allow-overlap"],
            ["split", campaign, "--callers", caller],
        ] {
            let result = try DuesBinary.run(step, in: folder)
            guard result.status == 0 else { throw StepFailed(step: step, stderr: result.stderr) }
        }
    }
}
