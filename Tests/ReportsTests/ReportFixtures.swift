import Foundation
import Model
import Storage

/// A fixed report, with hostile and Norwegian text where names go, decoded as `dues report --format json` writes it.
enum ReportFixtures {
    static let json = """
        {
          "campaign": "Høst <2026> & \\"alt\\"", "kind": "dues", "year": 2026, "isOpen": true,
          "onList": 10, "called": 6, "reached": 4, "stillToCall": 5, "calls": 7,
          "outcomes": [
            {"outcome": "no_answer", "calls": 2, "members": 2}, {"outcome": "will_pay", "calls": 1, "members": 1},
            {"outcome": "paid_already", "calls": 1, "members": 1}, {"outcome": "declined", "calls": 1, "members": 1},
            {"outcome": "wrong_number", "calls": 1, "members": 1}, {"outcome": "callback", "calls": 1, "members": 1}
          ],
          "paidSince": {"total": 4, "reached": 2, "reachedWillPay": 1},
          "byCaller": [
            {"caller": "<script>alert(1)</script>", "calls": 4, "called": 4, "reached": 2, "willPay": 1, "paidSince": 1},
            {"caller": "=HYPERLINK(\\"http://evil\\")", "calls": 3, "called": 2, "reached": 2, "willPay": 0, "paidSince": 1}
          ],
          "byBranch": [
            {"branch": "Tromsø", "onList": 5, "called": 4, "reached": 2, "stillToCall": 2, "paidSince": 2, "paidSinceReached": 1},
            {"branch": "Harstad", "onList": 5, "called": 2, "reached": 2, "stillToCall": 3, "paidSince": 2, "paidSinceReached": 1},
            {"branch": "Storfjord – Omasvuotna – Omasvuono ÆØÅ", "onList": 1, "called": 0, "reached": 0, "stillToCall": 1,
             "paidSince": 0, "paidSinceReached": 0},
            {"onList": 2, "called": 0, "reached": 0, "stillToCall": 0, "paidSince": 0, "paidSinceReached": 0}
          ],
          "byDay": [
            {"day": "2026-11-26", "calls": 5, "reached": 2, "willPay": 1},
            {"day": "2026-11-27", "calls": 2, "reached": 2, "willPay": 0}
          ]
        }
        """

    static func report() throws -> CampaignReport {
        try JSONDecoder().decode(CampaignReport.self, from: Data(json.utf8))
    }
}
