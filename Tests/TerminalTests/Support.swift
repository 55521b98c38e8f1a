import CallScreen
import Foundation
import Glibc
import Testing

/// A pseudo-terminal pair opened through /dev/ptmx (the Glibc module hides posix_openpt and openpty).
struct PTY {
    let master: Int32
    let slave: Int32

    init(columns: UInt16 = 80, rows: UInt16 = 24) throws {
        let unlock: UInt = 0x4004_5431  // TIOCSPTLCK
        let number: UInt = 0x8004_5430  // TIOCGPTN
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var zero: Int32 = 0
        var index: UInt32 = 0
        guard master >= 0, ioctl(master, unlock, &zero) == 0, ioctl(master, number, &index) == 0 else {
            throw TerminalTestError.pty
        }
        slave = open("/dev/pts/\(index)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw TerminalTestError.pty }
        resize(columns: columns, rows: rows)
    }

    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    func close() {
        _ = Glibc.close(master)
        _ = Glibc.close(slave)
    }

    /// Reads from the master side until `output` contains `text` or `seconds` pass; returns all output read.
    func read(until text: String, into output: inout [UInt8], seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if String(decoding: output, as: UTF8.self).contains(text) { return true }
            var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress!, 4096) }
            if count > 0 { output += buffer[..<count] }
        }
        return String(decoding: output, as: UTF8.self).contains(text)
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress!, bytes.count) }
    }
}

enum TerminalTestError: Error { case pty }

/// A list of members held in memory, answering effects the way the database layer will.
final class MemberList: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [MemberCard]
    private(set) var logged: [OutcomeSubmission] = []
    private(set) var released: [Int64] = []
    private(set) var skipped: [Int64] = []

    init(_ members: [MemberCard]) {
        waiting = members
    }

    func execute(_ effect: Effect) -> Event? {
        lock.lock()
        defer { lock.unlock() }
        switch effect {
        case .claimNext: return .loaded(waiting.isEmpty ? nil : waiting.removeFirst())
        case .log(let submission):
            logged.append(submission)
            return .logged(callID: "call-\(logged.count)")
        case .fetchProgress: return .progress(Progress(doneToday: logged.count, leftOnList: waiting.count))
        case .release(let id): released.append(id)
        case .skip(let id): skipped.append(id)
        case .undo, .suspend, .quit: break
        }
        return nil
    }

    var snapshot: (logged: [OutcomeSubmission], released: [Int64]) {
        lock.lock()
        defer { lock.unlock() }
        return (logged, released)
    }
}

enum Sample {
    static func member(_ id: Int64, _ name: String, email: String? = nil) -> MemberCard {
        MemberCard(memberID: id, number: "\(1000 + id)", fullName: name, firstName: name, branch: "Bodø",
                   phone: "412 34 567", phoneKind: "mobil", memberSince: nil, dues: [.init(year: 2025, status: .unpaid)],
                   attempts: [], email: email, script: "Hei \(name)!")
    }

    static let context = CallContext(
        campaignName: "Kontingent 2025", kind: "dues", callerName: "Ola", language: .nb,
        outcomes: [
            .init(code: "will_pay", key: "1", label: "Vil betale", followUp: .confirmEmail),
            .init(code: "callback", key: "5", label: "Ring tilbake", followUp: .callbackTime),
            .init(code: "no_answer", key: "6", label: "Ikke svar"),
        ])

    /// Accepts `HH:MM` for today.
    static func program() -> CallProgram {
        CallProgram(context: context, color: false, timeZone: TimeZone(identifier: "Europe/Oslo")!) { text, now in
            let parts = text.split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else { return nil }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Europe/Oslo")!
            return calendar.date(bySettingHour: parts[0], minute: parts[1], second: 0, of: now)
        }
    }
}
