import Testing
@testable import Model

struct LanguageTests {
    @Test(arguments: [
        (["LANG": "nb_NO.UTF-8"], Language.nb),
        (["LANG": "nn_NO.UTF-8"], .nb),
        (["LANG": "no_NO"], .nb),
        (["LANG": "en_GB.UTF-8"], .en),
        (["LANG": "C.UTF-8"], .en),
        (["LANG": "POSIX"], .en),
        ([:], .nb),
        (["LANG": ""], .nb),
        (["LC_ALL": "en_US.UTF-8", "LANG": "nb_NO.UTF-8"], .en),
        (["LC_MESSAGES": "nb_NO.UTF-8", "LANG": "en_US.UTF-8"], .nb),
        (["LC_ALL": "", "LC_MESSAGES": "en_US", "LANG": "nb_NO"], .en),
        (["LC_ALL": "NB_no"], .nb),
    ])
    func fromEnvironment(environment: [String: String], expected: Language) {
        #expect(Language.from(environment: environment) == expected)
    }

    @Test func tags() {
        #expect(Language(tag: "nb") == .nb)
        #expect(Language(tag: "en-US") == .en)
        #expect(Language(tag: "  ") == nil)
        #expect(Language(tag: "nob") == .en)
        #expect(Language(tag: "\t\u{00A0}nn_NO ") == .nb)
        #expect(Language(tag: "\u{2003}") == nil)
        #expect(Language(tag: "\nnb") == .en)
    }
}
