import ArgumentParser
import Foundation
import Storage
import TextCells

extension Call {
    /// The forced command of a volunteer's SSH key. The argv is fixed by `authorized_keys`, so nothing the volunteer
    /// typed reaches here; what they asked for (`SSH_ORIGINAL_COMMAND`) is never run, never parsed and never shown.
    /// The caller must still be active, and only their open campaigns are offered.
    func openAsCaller(_ id: Int64) throws -> (Store, Campaign, Caller) {
        guard campaign == nil, caller == nil, pack == nil else {
            throw ValidationError(
                "--as-caller tar ikke kampanje, --caller eller --pack", "--as-caller takes no campaign, --caller or --pack")
        }
        let text = Text(options.language)
        if let asked = ProcessInfo.processInfo.environment["SSH_ORIGINAL_COMMAND"], !asked.isEmpty {
            try StandardOutput.line(text(
                "Denne nøkkelen åpner bare ringeskjermen; kommandoen du ba om, ble ikke kjørt.",
                "This key opens only the call screen; the command you asked for was not run."))
            try StandardOutput.finish()
        }
        let store = try options.open()
        let caller = try store.activeCaller(id: id)
        let campaigns = try store.openCampaigns(for: caller)
        guard !campaigns.isEmpty else {
            throw CLIError(description: text(
                "Ingen åpne kampanjer har noen å ringe for deg nå.", "No open campaign has anyone for you to call now."))
        }
        return (store, try pick(from: campaigns, text: text), caller)
    }

    /// The one campaign, or the one the volunteer picks by number from a short plain-text list (three tries).
    private func pick(from campaigns: [Campaign], text: Text) throws -> Campaign {
        guard campaigns.count > 1 else { return campaigns[0] }
        try StandardOutput.line(text("Hvilken kampanje vil du ringe for?", "Which campaign do you want to call for?"))
        for (index, campaign) in campaigns.enumerated() {
            try StandardOutput.line("  \(index + 1)  \(TerminalText.sanitizeLine(campaign.name))")
        }
        for _ in 0..<3 {
            try StandardOutput.write(text("Nummer (1–\(campaigns.count)): ", "Number (1–\(campaigns.count)): "))
            try StandardOutput.finish()
            guard let line = Self.readLineUnbuffered() else { break }
            if let number = Int(line.trimmingCharacters(in: .whitespaces)), campaigns.indices.contains(number - 1) {
                return campaigns[number - 1]
            }
        }
        throw CLIError(description: text("ingen kampanje valgt", "no campaign chosen"))
    }

    /// One line from standard input, read a byte at a time so that what follows stays for the call screen.
    private static func readLineUnbuffered() -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(STDIN_FILENO, &byte, 1) == 1 {
            if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
            guard bytes.count < 100 else { continue }
            bytes.append(byte)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
