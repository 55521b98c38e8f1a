/// Placeholder until the module lands.
enum ModelPlaceholder {}
