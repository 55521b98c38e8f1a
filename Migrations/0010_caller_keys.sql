-- A volunteer's SSH public keys, from which `dues phonebank authorized-keys` writes the keys file of the phone bank's
-- Unix account. A key is never deleted, only made inactive (by `caller key remove` or `caller remove`), so the
-- history says who could log in when. `role` picks the forced command: the call screen, or the coordinator's live view.
CREATE TABLE caller_keys (
    id INTEGER PRIMARY KEY,
    caller_id INTEGER NOT NULL REFERENCES callers(id),
    role TEXT NOT NULL CHECK (role = 'call' OR role = 'watch'),
    key_type TEXT NOT NULL CHECK (length(key_type) BETWEEN 1 AND 64 AND key_type NOT GLOB '*[^a-z0-9@.-]*'),
    key_data TEXT NOT NULL CHECK (length(key_data) > 0 AND key_data NOT GLOB '*[^A-Za-z0-9+/=]*'),
    comment TEXT CHECK (comment IS NULL OR (length(comment) BETWEEN 1 AND 200)),
    fingerprint TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    added_at INTEGER NOT NULL,
    removed_at INTEGER,
    CHECK ((active = 1) = (removed_at IS NULL))
) STRICT;

CREATE UNIQUE INDEX caller_keys_active ON caller_keys(key_data) WHERE active = 1;
CREATE INDEX caller_keys_caller ON caller_keys(caller_id) WHERE active = 1;
