/// The values for a statement's parameters: by position (`?`, `?NNN`) or by name (`:name`, `@name`, `$name`).
///
/// Written as an array literal for positions and a dictionary literal for names.
public enum SQLArguments: ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case positional([SQLBindable])
    case named([String: SQLBindable])

    public init(arrayLiteral elements: SQLBindable...) {
        self = .positional(elements)
    }

    public init(dictionaryLiteral elements: (String, SQLBindable)...) {
        self = .named(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
