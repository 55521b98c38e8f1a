/// Placeholder until the module lands.
enum TerminalPlaceholder {}
