import Foundation
import Model
import Storage
import TestSupport
import Testing
@testable import Reports

/// A printed welcome sheet says the campaign's meeting where the script has `{meeting}`, the same for every member.
@Suite struct CallSheetMeetingTests {
    @Test func theSheetsScriptNamesTheMeetingAndLeavesTheOtherFieldsAsWritten() throws {
        let folder = try TemporaryFolder()
        let now = Date(timeIntervalSince1970: 1_795_701_600)
        let store = try Store.create(at: folder.path("dues.sqlite"), now: { now }).store
        let joined = CalendarDate(now - 3 * 86_400, in: TimeZone(identifier: "Europe/Oslo")!)
        try store.load(Seed(
            settings: [:], duesYears: [:], branches: [.init(name: "Tromsø", goals: [])],
            members: [Seed.MemberSeed(
                record: MemberRecord(memberNumber: "100", firstName: "Kari", lastName: "Hætta", phone: PhoneNumber(parsing: "91234560"),
                                     branch: "Tromsø", joinedOn: joined),
                dues: [:])],
            callers: [CallerDraft(name: "Ola")]))
        try store.createCampaign(CampaignDraft(name: "V", kind: .welcome, year: 2026))
        try store.split(campaign: "V", callers: ["Ola"], strategy: .even)
        let data = try store.sheet(campaign: "V", caller: "Ola")
        func sheet(meeting: String) -> CallSheet {
            CallSheet(campaign: data.campaign, caller: data.caller, lines: data.lines, databaseID: data.databaseID, language: .nb,
                      printedAt: now, meeting: meeting)
        }
        let said = "torsdag 10. desember kl. 19.00 på Folkets hus"
        let filled = sheet(meeting: said).scriptLines
        #expect(filled.contains { $0.hasPrefix("Neste medlemsmøte er \(said). Det hadde") }, "\(filled)")
        #expect(filled.contains("Hei, er det {member.first_name}?"), "per-member fields stay for the caller to say")
        #expect(!filled.joined().contains("{meeting}"))
        #expect(sheet(meeting: "").scriptLines.contains { $0.hasPrefix("Neste medlemsmøte er {meeting}.") }, "no meeting: a visible gap")
        #expect(sheet(meeting: "").scriptLines == data.campaign.script.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) })
    }
}
