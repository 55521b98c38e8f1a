extension PhoneNumber {
    /// A `tel:` URI with the E.164 number (`tel:+4741234567`) that a phone dials when scanned; nil when invalid.
    public var telURI: String? {
        e164.map { "tel:" + $0 }
    }
}
