-- Call packs: a caller's share of a campaign, copied into a small dues database of its own that the caller works
-- on their own machine (`dues call --pack`) and the coordinator merges back (`dues pack import`).
-- A pack has this same schema; what makes a file a pack is a row in pack_info.

-- The packs made from this database.
CREATE TABLE packs (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'),
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    caller_id INTEGER NOT NULL REFERENCES callers(id),
    created_at INTEGER NOT NULL,
    last_merged_at INTEGER,
    -- How many entries went out on the pack.
    entries INTEGER NOT NULL CHECK (entries >= 0)
) STRICT;

CREATE INDEX packs_caller ON packs(caller_id, created_at);

-- The pack an open entry is out on: nobody claims, splits, reassigns or releases it here until the pack is
-- merged back or `dues reassign --force` takes it back.
ALTER TABLE call_list_entries ADD COLUMN pack_id INTEGER REFERENCES packs(id) ON DELETE SET NULL;

CREATE INDEX call_list_pack ON call_list_entries(pack_id) WHERE pack_id IS NOT NULL;

-- In a pack only: one row saying what the pack is. The main database leaves this table empty.
CREATE TABLE pack_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    -- The database_id of the database the pack was made from.
    database_id TEXT NOT NULL CHECK (length(database_id) = 32 AND database_id NOT GLOB '*[^0-9a-f]*'),
    pack_uid TEXT NOT NULL CHECK (length(pack_uid) = 32 AND pack_uid NOT GLOB '*[^0-9a-f]*'),
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    caller_id INTEGER NOT NULL REFERENCES callers(id),
    created_at INTEGER NOT NULL
) STRICT;
