-- Whether `pack export` sealed the pack (encrypted with a passphrase) or wrote it plain with `--plain`, so that
-- `pack status` shows which packs out there can be read by whoever finds them. Packs made before: plain.
ALTER TABLE packs ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1));
