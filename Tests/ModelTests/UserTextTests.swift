@testable import Model
import Testing

@Suite struct UserTextTests {
    @Test func controlAndInvisibleCharactersAreRemoved() throws {
        #expect(try UserText.clean("  Kari\u{1B}]52;c;aGk=\u{07} \u{202E}Nordmann\u{200B}\u{85} ", as: .callerName) == "Kari]52;c;aGk= Nordmann")
        #expect(try UserText.clean("Ring\r\netter\rmiddag\u{2028}ok", as: .callerName) == "Ring etter middag ok")
        #expect(try UserText.clean("Ring\r\netter\tmiddag\u{2028}ok", as: .note) == "Ring\netter middag\nok")
        #expect(try UserText.clean("Hei {member.first_name}!\n\nLinje", as: .script) == "Hei {member.first_name}!\n\nLinje")
    }

    @Test(arguments: UserText.Field.allCases) func eachFieldHoldsItsLimitAndNoMore(field: UserText.Field) throws {
        #expect(try UserText.clean(String(repeating: "å", count: field.limit), as: field).count == field.limit)
        #expect(throws: UserTextError(field: field, length: field.limit + 1)) {
            try UserText.clean(String(repeating: "å", count: field.limit + 1), as: field)
        }
    }
}
