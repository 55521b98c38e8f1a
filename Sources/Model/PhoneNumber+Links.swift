extension PhoneNumber {
    /// A `tel:` URI with the E.164 number (`tel:+4741234567`) that a phone dials when scanned; nil when invalid.
    public var telURI: String? {
        e164.map { "tel:" + $0 }
    }
}

extension PhoneNumber {
    /// An `sms:` URI that opens the phone's messaging app with `body` ready to send to this number
    /// (`sms:+4741234567?body=Hei%20Kari`); nil when invalid. The body is percent-encoded byte by byte, leaving only
    /// RFC 3986's unreserved characters as they are.
    public func smsURI(body: String) -> String? {
        guard let e164 else { return nil }
        var encoded = ""
        for byte in body.utf8 {
            let scalar = Unicode.Scalar(byte)
            if (byte < 0x80 && (scalar.properties.isASCIIHexDigit || Character(scalar).isLetter)) || "-._~".unicodeScalars.contains(scalar) {
                encoded.unicodeScalars.append(scalar)
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return "sms:\(e164)?body=\(encoded)"
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
