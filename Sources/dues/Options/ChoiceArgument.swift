import ArgumentParser

/// An option value that is one of a fixed set of names: a `CaseIterable` enum whose raw values are what is typed.
///
/// The names are spelled out here. ArgumentParser's defaults give the same strings, but reach each one through
/// generic string interpolation, and it asks for them whenever it builds a command's arguments: for `--lang`, which
/// every command has, and `--format`, that was one part in forty of `dues status`'s start-up.
protocol ChoiceArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ChoiceArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }

    /// Empty: a value's description is its name, which the help already shows.
    public static var allValueDescriptions: [String: String] { [:] }

    public var defaultValueDescription: String { rawValue }
}
