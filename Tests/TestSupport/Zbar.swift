import Foundation

/// zbar's `zbarimg` (Debian's zbar-tools): reads back the QR codes the tests draw.
public enum Zbar {
    /// Where `zbarimg` is installed; nil when it is not.
    public static let path: String? = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The text of the QR code in `pbm` (a plain PBM image) as `zbarimg` at `zbarimg` reads it; nil when it reads none.
    public static func decode(pbm: String, with zbarimg: String) throws -> String? {
        let folder = try TemporaryFolder()
        let image = folder.path("code.pbm")
        try pbm.write(toFile: image, atomically: true, encoding: .ascii)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg)
        process.arguments = ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", image]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
    }
}
