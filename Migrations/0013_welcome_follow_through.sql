-- The welcome routine after the first call: the meeting new members are invited to, the keep-in-touch call some
-- weeks later, and what the board has done for each new member since.

-- When the meeting new members of a welcome campaign are invited to starts (Unix seconds); welcome campaigns only.
ALTER TABLE campaigns ADD COLUMN meeting_at INTEGER CHECK (meeting_at IS NULL OR kind = 'welcome');
-- How many weeks after the welcome call a keep-in-touch call follows.
ALTER TABLE campaigns ADD COLUMN keep_in_touch_weeks INTEGER NOT NULL DEFAULT 6 CHECK (keep_in_touch_weeks BETWEEN 1 AND 52);
-- Set on a keep-in-touch campaign: 1, and the welcome campaign whose welcomed members it calls again (NULL once that
-- campaign is gone). The flag stays so the campaign is still shown as a keep-in-touch call.
ALTER TABLE campaigns ADD COLUMN keep_in_touch INTEGER NOT NULL DEFAULT 0
    CHECK (keep_in_touch IN (0, 1) AND (keep_in_touch = 0 OR kind = 'welcome'));
ALTER TABLE campaigns ADD COLUMN keep_in_touch_of INTEGER REFERENCES campaigns(id) ON DELETE SET NULL;

-- The board's welcome tasks for a new member done after the call (`dues followups --kind welcome-tasks --done`).
CREATE TABLE welcome_tasks_done (
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    item TEXT NOT NULL CHECK (item = 'mail_list' OR item = 'social_group' OR item = 'invited_meeting'
                              OR item = 'sent_sms' OR item = 'came_to_meeting'),
    done_at INTEGER NOT NULL,
    PRIMARY KEY (member_id, item)
) STRICT, WITHOUT ROWID;

-- Whether a new member came to the meeting of the welcome campaign that welcomed them.
CREATE TABLE meeting_attendance (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    came INTEGER NOT NULL CHECK (came IN (0, 1)),
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, member_id)
) STRICT, WITHOUT ROWID;
