/// Placeholder until the module lands.
enum RegisterPlaceholder {}
