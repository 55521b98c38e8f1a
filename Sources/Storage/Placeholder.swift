/// Placeholder until the module lands.
enum StoragePlaceholder {}
