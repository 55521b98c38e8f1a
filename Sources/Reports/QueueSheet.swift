import Foundation

/// A follow-up queue as the office takes it out: a table for the terminal, CSV, or an `.xlsx` workbook.
public protocol QueueSheet {
    /// The queue as a table at most `width` columns wide.
    func table(width: Int) -> String
    /// CSV bytes for standard output.
    func csv() -> [UInt8]
    /// Writes the queue as CSV (mode 0600, refused if the file exists).
    func writeCSV(to url: URL) throws
    /// Writes the queue as an `.xlsx` workbook (mode 0600, refused if the file exists).
    func writeXLSX(to url: URL) throws
}

extension FollowUpSheet: QueueSheet {}
extension WelcomeTaskSheet: QueueSheet {}
