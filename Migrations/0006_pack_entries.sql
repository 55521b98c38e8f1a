-- Which entries went out on which pack, as the database recorded it at export. `pack import` merges a call only
-- when its entry is listed here for that pack: the pack's own tables could have been edited to add members that
-- were never on it. No foreign key to the entry, so that a pack stays checkable after its entries are gone.
CREATE TABLE pack_entries (
    pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    entry_id INTEGER NOT NULL,
    PRIMARY KEY (pack_id, entry_id)
) STRICT, WITHOUT ROWID;

-- Packs made before this table existed: the entries still out on them.
INSERT INTO pack_entries (pack_id, entry_id) SELECT pack_id, id FROM call_list_entries WHERE pack_id IS NOT NULL;
