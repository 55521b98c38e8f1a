-- Where the meeting new members of a welcome campaign are invited to is held, said with its time by the `{meeting}`
-- merge field; welcome campaigns only.
ALTER TABLE campaigns ADD COLUMN meeting_place TEXT CHECK (meeting_place IS NULL OR kind = 'welcome');
