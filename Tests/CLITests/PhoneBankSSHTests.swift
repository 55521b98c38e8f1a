import Foundation
import Glibc
import SQLite
import TestSupport
import Testing

/// The phone bank through OpenSSH's own sshd on 127.0.0.1: the keys file `dues` writes is what sshd enforces.
/// Skipped, with the reason printed, only where sshd cannot start here.
@Suite struct PhoneBankSSHTests {
    let folder: TemporaryFolder
    let db: String

    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("bank.sqlite")
        try CallTestDatabase.create(at: db, members: 12, callers: 3)
    }

    @Test func volunteersCallThroughSSHAndTheirKeysCanDoNothingElse() throws {
        let one = try makeKey("one"), two = try makeKey("two")
        try dues(["caller", "key", "add", "Caller 1", one + ".pub"])
        try dues(["caller", "key", "add", "Caller 2", two + ".pub"])
        let keys = folder.path("authorized_keys")
        try dues(["phonebank", "authorized-keys", "-o", keys])
        guard let server = try SSHServer(folder: folder, authorizedKeys: keys) else { return }
        defer { server.stop() }

        // Both volunteers at once: already paid, declined, busy, then quit.
        let sessions = SSHServer.Sessions()
        let finished = DispatchGroup()
        for key in [one, two] {
            // Threads of their own: the pipes' readers and writers need the dispatch pool's few threads.
            finished.enter()
            Thread {
                sessions.add(server.ssh(key: key, input: "2\n4\n8\nq\n"))
                finished.leave()
            }.start()
        }
        finished.wait()
        #expect(sessions.all.count == 2)
        for session in sessions.all { #expect(session.status == 0, "\(session.output)") }
        let calls = try CallTestDatabase.calls(at: db)
        #expect(calls.count == 6, "\(calls)")
        #expect(Set(calls.map(\.number)).count == 6, "no member was handed to both volunteers")
        #expect(calls.filter { $0.caller == "Caller 1" }.count == 3 && calls.filter { $0.caller == "Caller 2" }.count == 3)

        // Whatever the key asks for, it gets its own call screen, never a shell or another command's data.
        let shell = server.ssh(key: one, input: "q\n", command: "bash -c 'echo OWNED-$((6*7))'")
        #expect(shell.output.contains("the command you asked for was not run"), "\(shell.output)")
        #expect(!shell.output.contains("OWNED-42"))
        let list = server.ssh(key: one, input: "q\n", command: "dues members list --db \(db)")
        #expect(list.output.contains("the command you asked for was not run"))
        let shown = (1000..<1012).filter { list.output.contains(String($0)) }
        #expect(shown.count <= 1, "only the one member on the call screen, not the list: \(shown)")
        let other = server.ssh(key: one, input: "2\nq\n", command: "dues call K --caller 'Caller 2' --db \(db)")
        #expect(other.status == 0, "\(other.output)")
        let afterOther = try CallTestDatabase.calls(at: db)
        #expect(afterOther.count == 7 && afterOther.last?.caller == "Caller 1", "logged as the key's own caller")

        // A removed key is refused once the file is written again.
        try dues(["caller", "key", "remove", "Caller 2"])
        try dues(["phonebank", "authorized-keys", "-o", keys, "--force"])
        let refused = server.ssh(key: two, input: "2\nq\n")
        #expect(refused.status == 255, "\(refused.output)")
        #expect(refused.output.contains("Permission denied"), "\(refused.output)")
        #expect(try CallTestDatabase.calls(at: db).count == 7)
    }

    private func makeKey(_ name: String) throws -> String {
        let path = folder.path(name)
        let run = try SSHServer.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path])
        #expect(run.status == 0, "\(run.output)")
        return path
    }

    @discardableResult
    private func dues(_ arguments: [String]) throws -> DuesBinary.Result {
        let run = try DuesBinary.run(arguments + ["--db", db], in: folder.url)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return run
    }
}

/// A throwaway sshd on a free loopback port with its own host key, running as the current user.
final class SSHServer: @unchecked Sendable {
    struct Session {
        let status: Int32
        let output: String
    }

    /// Sessions collected from several threads.
    final class Sessions: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var all: [Session] = []

        func add(_ session: Session) { lock.withLock { all.append(session) } }
    }

    private(set) var pid: pid_t = 0
    let port: Int
    let user: String

    /// Starts sshd, or prints why it cannot and returns nil.
    init?(folder: TemporaryFolder, authorizedKeys: String) throws {
        func skip(_ reason: String) -> Bool {
            print("PhoneBankSSHTests skipped: \(reason)")
            return false
        }
        let sshd = "/usr/sbin/sshd"
        guard FileManager.default.isExecutableFile(atPath: sshd) else {
            _ = skip("\(sshd) is not installed (apt-get install openssh-server)")
            return nil
        }
        if !FileManager.default.fileExists(atPath: "/run/sshd") {
            guard getuid() == 0, mkdir("/run/sshd", 0o755) == 0 else {
                _ = skip("sshd's privilege separation folder /run/sshd is missing and cannot be made")
                return nil
            }
        }
        let hostKey = folder.path("host_key")
        guard try Self.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", hostKey]).status == 0 else {
            _ = skip("ssh-keygen could not make a host key")
            return nil
        }
        port = Self.freePort()
        user = String(cString: getpwuid(getuid()).pointee.pw_name)
        let config = folder.path("sshd_config")
        try """
            ListenAddress 127.0.0.1
            Port \(port)
            HostKey \(hostKey)
            AuthorizedKeysFile \(authorizedKeys)
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PidFile none
            LogLevel ERROR
            SetEnv "LANG=en_US.UTF-8" "DUES_NOW=\(TestClock.text)"

            """.write(toFile: config, atomically: true, encoding: .utf8)
        // Spawned directly, not by Foundation's Process: its reaper waiting on a long-lived child kept the ssh
        // children it started afterwards from being reaped.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = [sshd, "-D", "-e", "-f", config].map { (word: String) in strdup(word) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, sshd, &actions, nil, argv, environ) == 0 else {
            _ = skip("sshd could not be started")
            return nil
        }
        self.pid = pid
        let deadline = Date().addingTimeInterval(5)
        while !Self.accepts(port: port) {
            guard kill(pid, 0) == 0, Date() < deadline else {
                stop()
                _ = skip("sshd did not start listening on 127.0.0.1:\(port)")
                return nil
            }
            usleep(50_000)
        }
    }

    func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// One `ssh -tt` session with a dumb terminal (so the call screen is in plain mode), fed `input`.
    func ssh(key: String, input: String, command: String? = nil) -> Session {
        let arguments = [
            "-F", "/dev/null", "-tt", "-i", key, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
            "-p", String(port), "\(user)@127.0.0.1",
        ] + (command.map { [$0] } ?? [])
        let run = (try? Self.run("/usr/bin/ssh", arguments, input: input, environment: ["TERM": "dumb"]))
        return run ?? Session(status: -1, output: "ssh could not start")
    }

    /// Runs a program with `input`, killing it after 20 s; the output is standard output and error together.
    static func run(_ path: String, _ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Session {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        for (name, value) in environment { merged[name] = value }
        process.environment = merged
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        let output = ReadInBackground(stdout.fileHandleForReading)
        // The input is small enough for the pipe; it stays open until the program ends, because ssh ends the
        // session when its input does, before the far side has read what was typed.
        try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try stdin.fileHandleForWriting.close()
        return Session(status: process.terminationStatus, output: String(decoding: output.data, as: UTF8.self))
    }

    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = bind(fd, $0, length) }
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
