import Foundation
import Glibc

/// One `dues call --plain` process worked through a pipe as a volunteer would type into it: an outcome per member
/// until nobody is left, timing each next-member step from outside, on the output stream.
final class Volunteer: @unchecked Sendable {
    /// The prompt under a card and under the empty list: the screen is drawn and waits for a key.
    static let prompt = "Choice: "
    static let cardStart = "\n== "
    static let empty = "Nobody to call right now."

    let name: String
    private let process = Process()
    private let input = Pipe(), output = Pipe()
    private var pending: [UInt8] = []
    /// The next-member steps, in seconds: from writing an outcome to the next card's prompt.
    private(set) var steps: [Double] = []
    /// Outcomes the process reported saved.
    private(set) var saved = 0
    /// Steps whose output held an error, with the output.
    private(set) var errors: [String] = []
    /// When the volunteer found the list empty (or stopped at its limit).
    private(set) var finishedAt = DispatchTime.now()

    init(dues: String, arguments: [String], name: String) throws {
        self.name = name
        process.executableURL = URL(fileURLWithPath: dues)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "en_US.UTF-8"
        environment.removeValue(forKey: "DUES_NOW")
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        try process.run()
    }

    /// Reads until the first card is on screen; false when the process shows no card.
    func waitForFirstCard() -> Bool {
        guard let text = readScreen() else { return false }
        return text.contains(Self.cardStart)
    }

    /// Logs outcomes (keys taking turns, so plain mode never asks whether a repeated key was meant) until the list
    /// is empty or `limit` steps are timed, then quits and waits for the process.
    func work(keys: [String], limit: Int) throws {
        var turn = 0
        while steps.count < limit {
            let started = DispatchTime.now().uptimeNanoseconds
            try send(keys[turn % keys.count] + "\n")
            turn += 1
            guard let text = readScreen() else { throw Failure("\(name): the process ended while calling") }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            saved += text.components(separatedBy: "Saved: ").count - 1
            if text.contains("Error:") { errors.append(text) }
            if text.contains(Self.empty) { break }
            guard text.contains(Self.cardStart) else { throw Failure("\(name): no next card after an outcome:\n\(text)") }
            steps.append(elapsed)
        }
        finishedAt = DispatchTime.now()
        try send("q\n")
        try input.fileHandleForWriting.close()
        while readScreen() != nil {}
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure("\(name): dues call exited with \(process.terminationStatus)") }
    }

    private func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(input.fileHandleForWriting.fileDescriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw Failure("\(name): cannot write to dues call: \(String(cString: strerror(errno)))") }
    }

    /// The output up to and including the next prompt; nil at end of output.
    private func readScreen() -> String? {
        let marker = Array(Self.prompt.utf8)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var searchFrom = 0
        while true {
            if let end = Self.find(marker, in: pending, from: searchFrom) {
                let screen = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeFirst(end)
                return screen
            }
            searchFrom = max(0, pending.count - marker.count)
            let count = buffer.withUnsafeMutableBytes { read(output.fileHandleForReading.fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            pending += buffer[..<count]
        }
    }

    /// The index just past the first `marker` in `bytes` at or after `start`.
    private static func find(_ marker: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= marker.count else { return nil }
        var index = start
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) { return index + marker.count }
            index += 1
        }
        return nil
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
