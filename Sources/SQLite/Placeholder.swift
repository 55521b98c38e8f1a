/// Placeholder until the module lands.
enum SQLitePlaceholder {}
