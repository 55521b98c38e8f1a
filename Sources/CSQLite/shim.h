#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H

#include <sqlite3.h>

/// Binds text that SQLite copies at once, so Swift strings need not outlive the call.
static inline int csqlite_bind_text(sqlite3_stmt *stmt, int index, const char *text, int length) {
    return sqlite3_bind_text(stmt, index, text, length, SQLITE_TRANSIENT);
}

/// Binds text that SQLite reads in place when the statement runs, without copying it: the caller keeps the bytes
/// unchanged until then.
static inline int csqlite_bind_text_in_place(sqlite3_stmt *stmt, int index, const char *text, int length) {
    return sqlite3_bind_text(stmt, index, text, length, SQLITE_STATIC);
}

/// Binds a blob that SQLite copies at once.
static inline int csqlite_bind_blob(sqlite3_stmt *stmt, int index, const void *bytes, int length) {
    return sqlite3_bind_blob(stmt, index, bytes, length, SQLITE_TRANSIENT);
}

/// Sets an integer-valued connection option through the variadic sqlite3_db_config.
static inline int csqlite_db_config_int(sqlite3 *db, int op, int value, int *result) {
    return sqlite3_db_config(db, op, value, result);
}

/// Turns off SQLite's memory statistics, which take a process-wide mutex on every allocation. Takes effect only
/// before SQLite initialises, that is before the first connection opens.
static inline int csqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
