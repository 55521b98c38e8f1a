/// Placeholder until the module lands.
enum TextCellsPlaceholder {}
