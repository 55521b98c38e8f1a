import Testing
@testable import Model

struct EmailTests {
    @Test(arguments: [
        ("ola@example.no", "ola@example.no"),
        ("  Ola.Nordmann@Example.NO ", "ola.nordmann@example.no"),
        ("kari+sv@post.example.com", "kari+sv@post.example.com"),
        ("ÅSE@EKSEMPEL.NO", "åse@eksempel.no"),
        ("a@b.co", "a@b.co"),
        ("x@sub-domain.example.org", "x@sub-domain.example.org"),
        ("\u{00A0}ola@example.no\u{00A0}", "ola@example.no"),
    ])
    func valid(input: String, expected: String) {
        #expect(Email.normalize(input) == expected)
    }

    @Test(arguments: [
        "", "   ", "ola", "ola@", "@example.no", "ola@example", "ola@@example.no", "ola@ex@ample.no",
        "ola nordmann@example.no", "ola@example .no", "ola@.example.no", "ola@example.no.",
        "ola@example..no", ".ola@example.no", "ola.@example.no", "o..la@example.no", "ola@example.n",
        "<ola@example.no>", "ola@example.no, kari@example.no", "ola@-example.no", "ola@1.2",
        "ola\u{1B}@example.no", "ola@exam\tple.no",
    ])
    func invalid(input: String) {
        #expect(Email.normalize(input) == nil)
    }
}
