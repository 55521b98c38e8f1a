import Model

extension PackError: BilingualError {
    public func message(_ language: Language) -> String {
        guard language == .nb else { return description }
        switch self {
        case .noFile(let path):
            return "ingen fil i \(path)"
        case .fileExists(let path):
            return "\(path) finnes allerede; velg et annet navn med -o (en pakke skrives aldri over en fil)"
        case .notAPack(let path):
            return "\(path) er ikke en ringepakke (lag en med `dues pack export`)"
        case .damaged(let path, let detail):
            return "\(path) er skadet og ble ikke flettet inn (\(Self.inert(StoreError.bokmal(detail: detail)))); be ringeren om en ny kopi"
        case .tampered(let path, let detail):
            return "\(path) er endret utenfor dues og ble ikke flettet inn (\(Self.inert(StoreError.bokmal(detail: detail))))"
        case .otherDatabase(let path):
            return "\(path) er laget fra en annen dues-database og ble ikke flettet inn"
        case .unknownPack(let path):
            return "\(path) står ikke i denne databasen (er den hentet fra en eldre sikkerhetskopi?) og ble ikke flettet inn"
        case .nothingToExport(let campaign, let caller):
            return "\(caller) har ingen åpne medlemmer i \(campaign) å ta med i en pakke (medlemmer som alt er ute i en pakke, tas ikke med to ganger)"
        }
    }
}
