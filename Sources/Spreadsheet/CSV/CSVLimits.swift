/// Bounds that keep a hostile or broken CSV file from exhausting memory.
public struct CSVLimits: Sendable {
    /// The longest field, in bytes.
    public var maxFieldBytes: Int
    /// The longest record (one row, including embedded line breaks), in bytes.
    public var maxRecordBytes: Int
    /// The most fields in one record (Excel's own limit is 16,384 columns).
    public var maxColumns: Int

    public init(maxFieldBytes: Int = 1 << 20, maxRecordBytes: Int = 4 << 20, maxColumns: Int = 16_384) {
        self.maxFieldBytes = maxFieldBytes
        self.maxRecordBytes = maxRecordBytes
        self.maxColumns = maxColumns
    }
}
