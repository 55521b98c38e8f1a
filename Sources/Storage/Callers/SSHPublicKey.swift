import Foundation
import Model
import SQLite

/// One line of an OpenSSH public key file (`TYPE BASE64 [COMMENT]`), checked as if an attacker wrote it: the line
/// ends up in the phone bank's `authorized_keys`, where an options prefix, a second line or a stray quote would give
/// a volunteer more than the call screen.
public struct SSHPublicKey: Sendable, Equatable {
    /// The key types sshd accepts as plain keys (no certificates).
    public static let knownTypes: Set<String> = [
        "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "ssh-rsa",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]
    static let longestData = 16_384
    static let longestComment = 200

    public let type: String
    public let data: String
    /// The comment, kept only when every character of it is printable.
    public let comment: String?

    /// `type data`, the part sshd reads.
    public var keyText: String { "\(type) \(data)" }

    /// `SHA256:…` as `ssh-keygen -l` prints it.
    public var fingerprint: String {
        let digest = SHA256.digest(Array(Data(base64Encoded: data) ?? Data()))
        return "SHA256:" + Data(digest).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// Parses the text of a `.pub` file; `source` names it in errors.
    public init(parsing text: String, source: String) throws {
        func invalid(_ norsk: String, _ english: String) -> StoreError {
            StoreError.invalid(Wording("\(source): \(norsk)", "\(source): \(english)"))
        }
        var line = Substring(text)
        if line.hasSuffix("\r\n") { line = line.dropLast(2) } else if line.hasSuffix("\n") { line = line.dropLast() }
        if line.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            throw invalid("en offentlig nøkkel er én linje; fila har flere", "a public key is one line; the file has several")
        }
        if let position = line.unicodeScalars.firstIndex(where: Self.isControl) {
            let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: position) + 1
            throw invalid("kontrolltegn i kolonne \(column)", "control character in column \(column)")
        }
        let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard fields.count >= 2 else {
            throw invalid("ikke en offentlig SSH-nøkkel (venter «TYPE BASE64 [KOMMENTAR]»)", "not an SSH public key (expected \"TYPE BASE64 [COMMENT]\")")
        }
        let type = String(fields[0])
        guard Self.knownTypes.contains(type) else {
            if type.contains(where: { "=,\"".contains($0) }) {
                throw invalid("valg foran nøkkelen er ikke tillatt; dues skriver dem selv", "options before the key are not allowed; dues writes them itself")
            }
            throw invalid(
                "ukjent nøkkeltype «\(type.prefix(40))» (kjente: \(Self.knownTypes.sorted().joined(separator: ", ")))",
                "unknown key type \"\(type.prefix(40))\" (known: \(Self.knownTypes.sorted().joined(separator: ", ")))")
        }
        let data = String(fields[1])
        guard data.count <= Self.longestData, data.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+/=".contains($0)) }),
              let blob = Data(base64Encoded: data) else {
            throw invalid("nøkkeldataene er ikke gyldig base64", "the key data is not valid base64")
        }
        guard Self.embeddedType(in: Array(blob)) == type else {
            throw invalid("nøkkeldataene er ikke en \(type)-nøkkel", "the key data is not a \(type) key")
        }
        self.type = type
        self.data = data
        let comment = fields.count == 3 ? fields[2].trimmingCharacters(in: .whitespaces) : ""
        self.comment = comment.isEmpty || comment.count > Self.longestComment || !comment.unicodeScalars.allSatisfy(Self.isPrintable)
            ? nil : comment
    }

    init(type: String, data: String, comment: String?) {
        self.type = type
        self.data = data
        self.comment = comment
    }

    /// The type name a key blob starts with (a 32-bit big-endian length, then the name), if the blob holds more.
    static func embeddedType(in blob: [UInt8]) -> String? {
        guard blob.count > 4 else { return nil }
        let length = blob[0..<4].reduce(0) { $0 << 8 | Int($1) }
        guard length > 0, length <= 64, blob.count > 4 + length else { return nil }
        return String(bytes: blob[4..<(4 + length)], encoding: .ascii)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned: false
        default: true
        }
    }
}
