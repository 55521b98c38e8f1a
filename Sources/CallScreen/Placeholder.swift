/// Placeholder until the module lands.
enum CallScreenPlaceholder {}
