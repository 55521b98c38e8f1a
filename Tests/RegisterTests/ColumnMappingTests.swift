import Model
import Testing
@testable import Register

@Suite struct ColumnMappingTests {
    @Test(arguments: [
        (["Medlemsnummer", "Fornavn", "Etternavn", "Mobil", "E-post", "Lokallag", "Innmeldt", "Betalt 2018"], 2018),
        (["Member number", "First name", "Last name", "Phone", "Email", "Branch", "Joined", "Paid 2018"], 2018),
        (["MEDLEMSNR.", "fornavn", "ETTERNAVN", "Tlf", "e post", "Kommuneparti", "Innmeldingsdato", "Kontingent 2017"], 2017),
        (["ID", "Fornavn", "Etternavn", "Mobiltelefon", "Epost", "Lag", "Joined", "Kontingent betalt 2019"], 2019),
        (["Medlemsnr", "Fornavn", "Etternavn", "Telefon", "EMAIL", "Kommune", "Innmeldt", "Betalt for 2020"], 2020),
    ])
    func recognisesNorwegianAndEnglishHeadersWithoutRegardToCaseOrMarks(headers: [String], year: Int) throws {
        let mapping = try ColumnMapping(headers: headers, file: "r.csv")
        let fields: [RegisterField] = [.memberNumber, .firstName, .lastName, .phone, .email, .branch, .joined, .paid]
        for (index, field) in fields.enumerated() { #expect(mapping[field] == index, "\(field)") }
        #expect(mapping.paidYear == year)
        #expect(mapping.warnings.isEmpty)
    }

    @Test func accentsAndNorwegianLettersFoldInHeaders() {
        #expect(HeaderKey.fold("Médlemsnummer") == "medlemsnummer")
        #expect(HeaderKey.fold("E-POST") == "epost")
        #expect(HeaderKey.fold("Kåfjord Æ Ø") == "kafjordaeo")
        #expect(RegisterField.recognise(header: "Innmeldings-dato")?.field == .joined)
        #expect(RegisterField.recognise(header: "Betalt dato") == nil)
        #expect(RegisterField.recognise(header: "Betalt 18") == nil)
    }

    @Test func aFullNameColumnServesWhenThereAreNoNameColumns() throws {
        let mapping = try ColumnMapping(headers: ["Nr", "Navn", "Medlemsnr"], file: "r.csv")
        #expect(mapping[.fullName] == 1 && mapping[.memberNumber] == 2 && mapping[.firstName] == nil)
    }

    @Test func thePreferredSynonymWinsAndTheOtherColumnIsNamedInAWarning() throws {
        let mapping = try ColumnMapping(headers: ["Medlemsnr", "Navn", "Telefon", "Mobil"], file: "r.csv")
        #expect(mapping[.phone] == 3)
        #expect(mapping.warnings.map(\.english) == ["column Telefon (C) also looks like the phone number; ignored (use --map to choose another)"])
    }

    @Test func ofSeveralPaidColumnsTheYearsOwnOrElseTheLatestIsTaken() throws {
        let headers = ["Medlemsnr", "Navn", "Betalt 2017", "Betalt 2018", "Betalt"]
        #expect(try ColumnMapping(headers: headers, file: "r.csv")[.paid] == 3)
        #expect(try ColumnMapping(headers: headers, year: 2017, file: "r.csv")[.paid] == 2)
        #expect(try ColumnMapping(headers: headers, year: 2019, file: "r.csv")[.paid] == 4)
        #expect(throws: RegisterError.self) {
            try ColumnMapping(headers: ["Medlemsnr", "Navn", "Betalt 2018"], year: 2019, file: "r.csv")
        }
    }

    @Test func aMissingColumnListsTheHeadersAndTheMapThatFixesIt() {
        let error = #expect(throws: RegisterError.self) {
            try ColumnMapping(headers: ["Nummer", "Fornavn", "Etternavn", "Mobil"], file: "medlemmer.csv")
        }
        #expect(error?.description == """
            medlemmer.csv: no column for the member number ("Medlemsnummer", "Medlemsnr", "Member number" or "ID"). \
            Headers found: "Nummer", "Fornavn", "Etternavn", "Mobil". If it is in another column, say so: \
            --map 'Nummer=member_number'
            """)
        let noName = #expect(throws: RegisterError.self) { try ColumnMapping(headers: ["Medlemsnr", "Person"], file: "m.csv") }
        #expect(noName?.description.hasSuffix("--map 'Person=name'") == true)
    }

    @Test func mapOverridesByHeaderOrLetterAndCanIgnoreAColumn() throws {
        let headers = ["Nummer", "Person", "Telefon", "Mobil", "Status"]
        let mapping = try ColumnMapping(headers: headers, overrides: [
            try ColumnOverride(parsing: "nummer=member_number"), try ColumnOverride(parsing: "B=name"),
            try ColumnOverride(parsing: "Mobil=ignore"), try ColumnOverride(parsing: "Status = paid"),
        ], year: 2018, file: "r.csv")
        #expect(mapping[.memberNumber] == 0 && mapping[.fullName] == 1 && mapping[.phone] == 2 && mapping[.paid] == 4)
        #expect(mapping.warnings.isEmpty)
    }

    @Test func aBadMapSaysWhatIsWrong() {
        #expect(throws: RegisterError.invalidMap(Wording("'Nr' er ikke KOLONNE=FELT", "'Nr' is not COLUMN=FIELD"))) { try ColumnOverride(parsing: "Nr") }
        let field = #expect(throws: RegisterError.self) { try ColumnOverride(parsing: "Nr=nummer") }
        #expect(field?.description.contains("member_number, first_name") == true)
        let column = #expect(throws: RegisterError.self) {
            try ColumnMapping(headers: ["Medlemsnr", "Navn"], overrides: [ColumnOverride(column: "Tlf", field: .phone)], file: "r.csv")
        }
        #expect(column?.description == "--map: no column \"Tlf\"; the headers are \"Medlemsnr\", \"Navn\"")
    }
}
