import Foundation

/// The mark a call sheet carries so that a filled-in copy can come back: which database, campaign and caller it
/// was printed for, and when. Written as `dues-sheet/1/<database id>/<campaign id>/<caller id>/<printed, Unix
/// seconds>`; the printed time tells two printings of the same list apart.
public struct SheetReference: Sendable, Hashable {
    public let databaseID: String
    public let campaignID: Int64
    public let callerID: Int64
    public let printedAt: Int64

    public static let prefix = "dues-sheet/1/"

    public init(databaseID: String, campaignID: Int64, callerID: Int64, printedAt: Int64) {
        self.databaseID = databaseID
        self.campaignID = campaignID
        self.callerID = callerID
        self.printedAt = printedAt
    }

    /// The reference as written on the sheet.
    public var text: String { Self.prefix + "\(databaseID)/\(campaignID)/\(callerID)/\(printedAt)" }

    /// The reference found in `text` (a cell may hold a label before it); nil when there is none or it is damaged.
    public init?(finding text: String) {
        guard text.utf8.count <= 300, let start = text.range(of: Self.prefix) else { return nil }
        let fields = text[start.upperBound...].prefix { !$0.isWhitespace }.split(separator: "/", omittingEmptySubsequences: false)
        guard fields.count == 4, fields[0].count == 32,
              fields[0].allSatisfy({ $0.isASCII && ($0.isNumber || ("a"..."f").contains($0)) }),
              let campaign = Int64(fields[1]), let caller = Int64(fields[2]), let printed = Int64(fields[3]),
              campaign > 0, caller > 0 else { return nil }
        self.init(databaseID: String(fields[0]), campaignID: campaign, callerID: caller, printedAt: printed)
    }
}
