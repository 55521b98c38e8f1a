import Testing
@testable import Model

struct PersonNameTests {
    @Test(arguments: [
        ("  Ola   Nordmann ", "Ola Nordmann"),
        ("Kari\u{00A0}Nordmann", "Kari Nordmann"),
        ("Kari \t\n Nordmann", "Kari Nordmann"),
        ("Ørjan\u{2003}Hætta-Sara", "Ørjan Hætta-Sara"),
        ("", ""),
        ("   ", ""),
    ])
    func clean(input: String, expected: String) {
        #expect(PersonName.clean(input) == expected)
    }

    @Test(arguments: [
        ("Nordmann, Ola Kristian", "Ola Kristian", "Nordmann"),
        ("  Nordmann ,  Ola  Kristian ", "Ola Kristian", "Nordmann"),
        ("Ola Kristian Nordmann", "Ola Kristian", "Nordmann"),
        ("Ola Nordmann", "Ola", "Nordmann"),
        ("Kari Hætta Sara", "Kari Hætta", "Sara"),
        ("Ørjan Hætta-Sara", "Ørjan", "Hætta-Sara"),
        ("Anne-Marie Berg-Olsen", "Anne-Marie", "Berg-Olsen"),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        ("Maria de la Cruz", "Maria", "de la Cruz"),
        ("Da Silva", "Da", "Silva"),
        ("Cher", "Cher", ""),
        ("", "", ""),
        ("Nordmann,", "Nordmann", ""),
        (", Ola", "Ola", ""),
        ("Máret\u{00A0}Ánne Sara", "Máret Ánne", "Sara"),
    ])
    func split(full: String, first: String, last: String) {
        let parts = PersonName.split(fullName: full)
        #expect(parts.first == first)
        #expect(parts.last == last)
    }
}
