import Foundation

/// A call script with merge fields, checked when it is saved so a volunteer never sees a broken one.
///
/// Fields are written `{member.first_name}` (spaces inside the braces are allowed); `{member.branch|fylket}` gives
/// the text to say when the value is empty (`{member.branch|}` says nothing). `{{` and `}}` stand for literal braces.
public struct ScriptTemplate: Sendable, Hashable {
    /// One piece of a script.
    public enum Segment: Sendable, Hashable {
        case text(String)
        /// A field, and what to say instead when its value is empty (nil: nothing was given).
        case field(MergeField, fallback: String?)
    }

    /// The script as written.
    public let text: String
    public let segments: [Segment]

    /// Cleans (see `UserText`), parses and checks a script; throws when it is too long, on an unknown field or an
    /// unbalanced brace, naming the line and column (both from 1, columns in characters).
    public init(validating text: String) throws {
        let text = try UserText.clean(text, as: .script)
        self.text = text
        var segments: [Segment] = []
        var literal = ""
        var line = 1, column = 1
        var index = text.startIndex
        func advance(_ character: Character) {
            if character == "\n" || character == "\r\n" { line += 1; column = 1 } else { column += 1 }
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "}" {
                guard next < text.endIndex, text[next] == "}" else {
                    throw ScriptTemplateError.unmatchedClosingBrace(line: line, column: column)
                }
                literal.append("}")
                column += 2
                index = text.index(after: next)
                continue
            }
            guard character == "{" else {
                literal.append(character)
                advance(character)
                index = next
                continue
            }
            if next < text.endIndex, text[next] == "{" {
                literal.append("{")
                column += 2
                index = text.index(after: next)
                continue
            }
            guard let close = text[next...].firstIndex(where: { $0 == "}" || $0 == "{" || $0.isNewline }),
                  text[close] == "}" else {
                throw ScriptTemplateError.unclosedBrace(line: line, column: column)
            }
            let inside = text[next..<close]
            let bar = inside.firstIndex(of: "|")
            let name = inside[..<(bar ?? inside.endIndex)].trimmingCharacters(in: .whitespaces)
            let fallback = bar.map { String(inside[inside.index(after: $0)...]) }
            guard let field = MergeField(rawValue: name) else {
                throw ScriptTemplateError.unknownField(name, line: line, column: column)
            }
            if !literal.isEmpty { segments.append(.text(literal)) }
            literal = ""
            segments.append(.field(field, fallback: fallback))
            column += text[index...close].count
            index = text.index(after: close)
        }
        if !literal.isEmpty { segments.append(.text(literal)) }
        self.segments = segments
    }

    /// The fields the script uses.
    public var fields: Set<MergeField> {
        Set(segments.compactMap { if case .field(let field, _) = $0 { return field } else { return nil } })
    }

    /// The fields the script uses somewhere without a fallback: an empty value leaves a gap there.
    public var fieldsWithoutFallback: Set<MergeField> {
        Set(segments.compactMap { if case .field(let field, nil) = $0 { return field } else { return nil } })
    }

    /// Bracketed text the script's author left for someone to fill in, such as "[fyll inn de neste møtene]": a caller
    /// would read it out as it stands.
    public var placeholders: [String] {
        segments.flatMap { segment -> [String] in
            guard case .text(let text) = segment else { return [] }
            var found: [String] = []
            var rest = text[...]
            while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
                found.append(String(rest[open...close]))
                rest = rest[rest.index(after: close)...]
            }
            return found
        }
    }

    /// The script as written with only `field` filled in by `value`, the other fields left as `{name}` (or
    /// `{name|fallback}`) and literal braces doubled: for paper, where a value is the same for every member.
    public func filling(_ field: MergeField, with value: String) -> String {
        segments.map { segment in
            switch segment {
            case .text(let text):
                return text.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
            case .field(let used, let fallback) where used == field:
                return value.isEmpty ? fallback ?? "" : value
            case .field(let used, let fallback):
                return "{" + used.rawValue + (fallback.map { "|" + $0 } ?? "") + "}"
            }
        }.joined()
    }

    /// The script with every field replaced by its value.
    public func render(_ values: MergeValues) -> String {
        var output = ""
        for segment in segments {
            switch segment {
            case .text(let text): output += text
            case .field(let field, let fallback):
                let value = values[field]
                output += value.isEmpty ? fallback ?? "" : value
            }
        }
        return output
    }
}

/// What is wrong with a call script.
public enum ScriptTemplateError: BilingualError, Sendable, Hashable, CustomStringConvertible {
    case unknownField(String, line: Int, column: Int)
    case unclosedBrace(line: Int, column: Int)
    case unmatchedClosingBrace(line: Int, column: Int)

    public func message(_ language: Language) -> String {
        let known = MergeField.allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ")
        let nb = language == .nb
        switch self {
        case let .unknownField(name, line, column):
            return nb
                ? "\(line):\(column): ukjent flettefelt {\(name)}; kjente felt: \(known)"
                : "\(line):\(column): unknown merge field {\(name)}; known fields: \(known)"
        case let .unclosedBrace(line, column):
            return nb
                ? "\(line):\(column): '{' lukkes ikke på samme linje; skriv {{ for en vanlig klamme"
                : "\(line):\(column): '{' is not closed on the same line; write {{ for a literal brace"
        case let .unmatchedClosingBrace(line, column):
            return nb
                ? "\(line):\(column): '}' har ingen '{' før seg; skriv }} for en vanlig klamme"
                : "\(line):\(column): '}' has no matching '{'; write }} for a literal brace"
        }
    }

    public var description: String { message(.en) }
}
