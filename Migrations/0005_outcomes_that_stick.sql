-- Answers that keep members off later lists (README, "What an answer does to later lists").

-- When the register last gave the member another branch: a member a caller reported as moved stays off new lists
-- until the register says where they went.
ALTER TABLE members ADD COLUMN branch_changed_at INTEGER;

-- Whether the campaign may put members on its list who are open on another open list of its kind and year
-- (`--allow-overlap`); by default they are left out, so two callers never reach one member the same evening.
ALTER TABLE campaigns ADD COLUMN allow_overlap INTEGER NOT NULL DEFAULT 0 CHECK (allow_overlap IN (0, 1));
