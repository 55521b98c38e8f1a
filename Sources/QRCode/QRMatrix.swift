import CQRencode
import Foundation

/// A QR code's modules, row by row (`true` = dark), without the quiet zone; encoded by libqrencode at level M.
public struct QRMatrix: Sendable, Equatable {
    /// The dark modules, `size` rows of `size` columns.
    public let modules: [[Bool]]

    /// The number of modules on a side.
    public var size: Int { modules.count }

    /// Wraps modules read elsewhere (for tests and renderers); rows must be as many as columns.
    public init(modules: [[Bool]]) {
        self.modules = modules
    }

    /// Encodes the UTF-8 bytes of `text` in 8-bit mode at error correction level M; nil when the text is too long
    /// for any QR version or libqrencode fails.
    public init?(encoding text: String) {
        guard !text.isEmpty, !text.utf8.contains(0),
              let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M)
        else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = code.pointee.data!
        modules = (0..<width).map { row in
            (0..<width).map { column in data[row * width + column] & 1 == 1 }
        }
    }
}
