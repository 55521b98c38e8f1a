import ArgumentParser

extension ValidationError {
    /// A usage error in the language of the command line (`--lang`, else the environment's).
    init(_ bokmal: String, _ english: String) {
        self.init(Text(.ofCommandLine)(bokmal, english))
    }
}
