/// The 21 municipal branches of the reference county organisation (Troms, October 2018) and their member counts,
/// carried from `troms-branches-2018.csv` so the binary runs without the shared data folder.
/// The county had 2,082 members; 11 belonged to no municipal branch.
public enum ReferenceBranches {
    public static let countyMembers = 2_082

    public static let members: [(branch: String, members: Int)] = [
        ("Balsfjord", 116), ("Bardu", 45), ("Dyrøy", 27), ("Gratangen", 45), ("Harstad", 234),
        ("Ibestad", 41), ("Karlsøy", 50), ("Kvæfjord", 68), ("Kvænangen", 40), ("Kåfjord", 41),
        ("Lavangen", 47), ("Lyngen", 43), ("Målselv", 74), ("Nordreisa", 83), ("Salangen", 69),
        ("Senja", 221), ("Skjervøy", 49), ("Storfjord", 48), ("Sørreisa", 65), ("Tjeldsund", 91),
        ("Tromsø", 574),
    ]
}
