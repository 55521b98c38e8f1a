/// Placeholder until the module lands.
enum SpreadsheetPlaceholder {}
