-- Marks the file as a dues database in SQLite's header (PRAGMA application_id, the bytes "dues"), so that dues
-- tells its own databases from other programs' by the header, never by a table name another program may use too
-- (a schema_migrations table is common). New databases get it when created; this gives it to older ones.
PRAGMA application_id = 1685415283;
