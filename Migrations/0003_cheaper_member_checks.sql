-- The members table with CHECKs an import can afford. A register import inserts up to a million members in one
-- statement loop, and SQLite evaluates every CHECK on every row: the GLOB, LIKE, date(), lower() and trim() checks
-- of 0001 cost 1.7 s per million members inserted, the comparisons below 0.6 s. Dues normalises every value before
-- it reaches the database (trimmed member numbers of at most 32 characters, E.164 digits, lower-cased emails,
-- ISO dates of real days); these checks still refuse anything that is plainly not such a value.
--
-- SQLite cannot change a CHECK in place, so the table is rebuilt (its documented twelve-step way); the migrator runs
-- migrations with foreign keys off and checks them before committing, so dropping the old table cascades nowhere.

CREATE TABLE members_rebuilt (
    id INTEGER PRIMARY KEY,
    member_number TEXT NOT NULL CHECK (length(member_number) BETWEEN 1 AND 32),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    -- The phone as the register wrote it, and normalised: E.164 and its kind.
    phone_raw TEXT,
    -- A plus and a first digit from 1 to 9.
    phone_e164 TEXT CHECK (phone_e164 > '+1' AND phone_e164 < '+:'),
    phone_kind TEXT
        CHECK (phone_kind = 'mobile' OR phone_kind = 'landline' OR phone_kind = 'foreign' OR phone_kind = 'invalid'),
    -- Set when a caller found the number wrong; cleared when an import brings another number.
    phone_wrong INTEGER NOT NULL DEFAULT 0 CHECK (phone_wrong IN (0, 1)),
    email TEXT CHECK (instr(email, '@') > 1),
    branch_id INTEGER REFERENCES branches(id),
    joined_on TEXT CHECK (joined_on BETWEEN '1900-01-01' AND '2999-12-31' AND length(joined_on) = 10),
    do_not_call INTEGER NOT NULL DEFAULT 0 CHECK (do_not_call IN (0, 1)),
    -- The member agreed to be kept after their dues lapse (retention).
    keep_consent INTEGER NOT NULL DEFAULT 0 CHECK (keep_consent IN (0, 1)),
    last_seen_at INTEGER,
    left_register_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK ((phone_raw IS NULL) = (phone_kind IS NULL)),
    CHECK ((phone_e164 IS NOT NULL) = (phone_kind IS NOT NULL AND phone_kind <> 'invalid'))
) STRICT;

INSERT INTO members_rebuilt SELECT * FROM members;
DROP TABLE members;
ALTER TABLE members_rebuilt RENAME TO members;

CREATE UNIQUE INDEX members_number ON members(member_number);
CREATE INDEX members_branch ON members(branch_id, left_register_at);
CREATE INDEX members_phone ON members(phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX members_joined ON members(joined_on) WHERE joined_on IS NOT NULL;
CREATE INDEX members_left ON members(left_register_at) WHERE left_register_at IS NOT NULL;
