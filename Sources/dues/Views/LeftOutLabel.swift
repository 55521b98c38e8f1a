import Model
import Storage

/// What a person reads for a rule that leaves members off a campaign's list.
enum LeftOutLabel {
    static func of(_ rule: LeftOutRule, _ text: Text) -> String {
        switch rule {
        case .doNotCall: text("reservert mot oppringing", "do not call")
        case .leftRegister: text("gått ut av registeret", "left the register")
        case .pastRetention: text("over slettefristen", "past the retention deadline")
        case .deceased: text("meldt død", "reported deceased")
        case .moved: text("meldt flyttet, uten nytt lokallag i registeret", "reported moved, with no new branch in the register")
        case .answeredThisYear: text("sa nei eller vil melde seg ut, på en annen liste i år", "declined or want to resign, on another list this year")
        case .willPay: text("sa de betaler, innenfor ventetiden", "said they will pay, within the grace period")
        case .noUsableNumber: text("uten brukbart nummer", "no usable number")
        case .onAnotherList: text("åpne på en annen åpen liste", "open on another open list")
        }
    }
}
