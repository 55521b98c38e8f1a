-- The initial schema of a dues database.
-- Times are whole Unix seconds (UTC); calendar dates are ISO text (YYYY-MM-DD).

-- A CHECK of the form `x IN (three or more constants)` makes SQLite build a temporary table for the list on every
-- INSERT or UPDATE statement it runs for; those checks are written as `x = 'a' OR x = 'b' OR …` instead.

-- Settings of the organisation: party name, membership office address, database id, demo marker.
CREATE TABLE settings (
    key TEXT PRIMARY KEY CHECK (key GLOB '[a-z]*' AND key NOT GLOB '*[^a-z0-9_]*'),
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO settings (key, value) VALUES
    ('database_id', lower(hex(randomblob(16)))),
    ('party', 'Partiet'),
    ('membership_office_email', 'medlem@example.org'),
    ('note_retention_days', '365');

-- The municipal branches. `name_key` is the name lower-cased by dues (SQLite's lower() knows only ASCII),
-- so that "TROMSØ" finds "Tromsø".
CREATE TABLE branches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND name = trim(name)),
    name_key TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
) STRICT;

-- A branch's goals for a year: the total number of members it aims to have by then,
-- and how many new members it aims to recruit during it.
CREATE TABLE branch_goals (
    branch_id INTEGER NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    total_goal INTEGER CHECK (total_goal >= 0),
    recruit_goal INTEGER CHECK (recruit_goal >= 0),
    PRIMARY KEY (branch_id, year),
    CHECK (total_goal IS NOT NULL OR recruit_goal IS NOT NULL)
) STRICT, WITHOUT ROWID;

-- The members, as the national register knows them.
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    member_number TEXT NOT NULL
        CHECK (length(member_number) BETWEEN 1 AND 32 AND member_number = trim(member_number)),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    -- The phone as the register wrote it, and normalised: E.164 and its kind.
    phone_raw TEXT,
    phone_e164 TEXT CHECK (phone_e164 GLOB '+[1-9]*' AND phone_e164 NOT GLOB '+*[^0-9]*'),
    phone_kind TEXT
        CHECK (phone_kind = 'mobile' OR phone_kind = 'landline' OR phone_kind = 'foreign' OR phone_kind = 'invalid'),
    -- Set when a caller found the number wrong; cleared when an import brings another number.
    phone_wrong INTEGER NOT NULL DEFAULT 0 CHECK (phone_wrong IN (0, 1)),
    email TEXT CHECK (email = lower(email) AND email LIKE '%_@_%._%'),
    branch_id INTEGER REFERENCES branches(id),
    joined_on TEXT CHECK (date(joined_on, '+0 days') IS joined_on),
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

-- The member number's uniqueness is a named index (not a column constraint) so that a bulk import can drop it with
-- the other indexes and build it again at the end, which is much faster than a million random inserts into it.
CREATE UNIQUE INDEX members_number ON members(member_number);
CREATE INDEX members_branch ON members(branch_id, left_register_at);
CREATE INDEX members_phone ON members(phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX members_joined ON members(joined_on) WHERE joined_on IS NOT NULL;
CREATE INDEX members_left ON members(left_register_at) WHERE left_register_at IS NOT NULL;

-- Each dues year's payment deadline; retention counts from it.
CREATE TABLE dues_years (
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2999),
    payment_deadline TEXT NOT NULL CHECK (date(payment_deadline, '+0 days') IS payment_deadline)
) STRICT;

-- Payment status per member per year, with when and from what source it last changed.
CREATE TABLE dues (
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    status TEXT NOT NULL CHECK (status = 'unpaid' OR status = 'paid' OR status = 'waived'),
    source TEXT NOT NULL CHECK (source = 'register' OR source = 'unpaid_list' OR source = 'manual' OR source = 'demo'),
    changed_at INTEGER NOT NULL,
    PRIMARY KEY (member_id, year)
) STRICT, WITHOUT ROWID;

CREATE INDEX dues_year_status ON dues(year, status);

-- The volunteers who make calls. Removed callers stay, inactive, so history keeps their name.
CREATE TABLE callers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND name = trim(name)),
    name_key TEXT NOT NULL,
    phone TEXT,
    branch_id INTEGER REFERENCES branches(id),
    capacity INTEGER NOT NULL DEFAULT 30 CHECK (capacity BETWEEN 1 AND 100000),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX callers_active_name ON callers(name_key) WHERE active = 1;

-- A calling campaign: dues reminders for a year, or welcome calls to new members.
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0 AND name = trim(name)),
    kind TEXT NOT NULL CHECK (kind IN ('dues', 'welcome')),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    language TEXT NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'en')),
    script TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    -- Retry rules and calling hours (minutes after local midnight, days as ISO weekday digits).
    max_attempts INTEGER NOT NULL DEFAULT 3 CHECK (max_attempts BETWEEN 1 AND 20),
    calling_start_minute INTEGER NOT NULL DEFAULT 600 CHECK (calling_start_minute BETWEEN 0 AND 1439),
    calling_end_minute INTEGER NOT NULL DEFAULT 1200 CHECK (calling_end_minute BETWEEN 1 AND 1440),
    calling_days TEXT NOT NULL DEFAULT '123456' CHECK (length(calling_days) BETWEEN 1 AND 7 AND calling_days NOT GLOB '*[^1-7]*'),
    time_zone TEXT NOT NULL DEFAULT 'Europe/Oslo',
    cool_down_days INTEGER NOT NULL DEFAULT 1 CHECK (cool_down_days BETWEEN 1 AND 30),
    claim_timeout_seconds INTEGER NOT NULL DEFAULT 1800 CHECK (claim_timeout_seconds BETWEEN 60 AND 86400),
    -- Welcome campaigns hold members who joined within this many days.
    welcome_window_days INTEGER NOT NULL DEFAULT 60 CHECK (welcome_window_days BETWEEN 1 AND 3660),
    created_at INTEGER NOT NULL,
    closed_at INTEGER,
    CHECK (calling_end_minute > calling_start_minute),
    CHECK ((status = 'closed') = (closed_at IS NOT NULL))
) STRICT;

-- The outcome codes each kind of campaign accepts.
CREATE TABLE outcome_codes (
    kind TEXT NOT NULL CHECK (kind IN ('dues', 'welcome')),
    code TEXT NOT NULL,
    PRIMARY KEY (kind, code)
) STRICT, WITHOUT ROWID;

INSERT INTO outcome_codes (kind, code) VALUES
    ('dues', 'will_pay'), ('dues', 'paid_already'), ('dues', 'wants_to_resign'), ('dues', 'declined'),
    ('dues', 'callback'), ('dues', 'no_answer'), ('dues', 'busy'), ('dues', 'voicemail'),
    ('dues', 'wrong_number'), ('dues', 'do_not_call'), ('dues', 'deceased'), ('dues', 'moved'),
    ('welcome', 'welcomed'), ('welcome', 'callback'), ('welcome', 'no_answer'), ('welcome', 'busy'),
    ('welcome', 'voicemail'), ('welcome', 'wrong_number'), ('welcome', 'do_not_call');

-- Who is on which campaign's list, assigned to whom, and where they stand.
-- The member becomes NULL when a purge deletes them, so past reports keep their counts.
CREATE TABLE call_list_entries (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
    caller_id INTEGER REFERENCES callers(id),
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status = 'open' OR status = 'done' OR status = 'paid_since' OR status = 'waived'
               OR status = 'left_register' OR status = 'exhausted' OR status = 'do_not_call'),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_outcome TEXT,
    next_call_at INTEGER,
    claimed_by INTEGER REFERENCES callers(id),
    claimed_at INTEGER,
    added_at INTEGER NOT NULL,
    closed_at INTEGER,
    UNIQUE (campaign_id, member_id),
    CHECK ((claimed_by IS NULL) = (claimed_at IS NULL)),
    CHECK ((status = 'open') = (closed_at IS NULL)),
    CHECK (status = 'open' OR claimed_by IS NULL)
) STRICT;

CREATE INDEX call_list_queue ON call_list_entries(campaign_id, status, caller_id, next_call_at);
CREATE INDEX call_list_member ON call_list_entries(member_id);
CREATE INDEX call_list_claims ON call_list_entries(claimed_by, campaign_id) WHERE claimed_by IS NOT NULL;
CREATE INDEX call_list_claim_age ON call_list_entries(campaign_id, claimed_at) WHERE claimed_by IS NOT NULL;

-- One row per call attempt. Rows are never changed, except that a purge may blank a note or an email.
CREATE TABLE call_log (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'),
    entry_id INTEGER NOT NULL REFERENCES call_list_entries(id) ON DELETE CASCADE,
    caller_id INTEGER NOT NULL REFERENCES callers(id),
    called_at INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    note TEXT,
    callback_at INTEGER,
    -- The address the member confirmed for new payment details.
    email TEXT CHECK (email = lower(email) AND email LIKE '%_@_%._%'),
    logged_at INTEGER NOT NULL,
    CHECK (callback_at IS NULL OR outcome = 'callback')
) STRICT;

CREATE INDEX call_log_entry ON call_log(entry_id, called_at);
CREATE INDEX call_log_caller ON call_log(caller_id, called_at);
CREATE INDEX call_log_outcome ON call_log(outcome);
-- Calls that still hold a note or an email, for the purge.
CREATE INDEX call_log_texts ON call_log(entry_id) WHERE note IS NOT NULL OR email IS NOT NULL;

CREATE TRIGGER call_log_outcome_fits_campaign
BEFORE INSERT ON call_log
WHEN NOT EXISTS (
    SELECT 1 FROM call_list_entries e
    JOIN campaigns c ON c.id = e.campaign_id
    JOIN outcome_codes o ON o.kind = c.kind AND o.code = NEW.outcome
    WHERE e.id = NEW.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'outcome is not valid for this campaign kind');
END;

CREATE TRIGGER call_log_is_append_only
BEFORE UPDATE OF id, uid, entry_id, caller_id, called_at, outcome, callback_at, logged_at ON call_log
BEGIN
    SELECT RAISE(ABORT, 'call log rows are never changed');
END;

CREATE TRIGGER call_log_only_blanks_text
BEFORE UPDATE OF note, email ON call_log
WHEN (NEW.note IS NOT NULL AND NEW.note IS NOT OLD.note) OR (NEW.email IS NOT NULL AND NEW.email IS NOT OLD.email)
BEGIN
    SELECT RAISE(ABORT, 'call log text can only be blanked');
END;

-- The items of the welcome checklist ticked on a call.
CREATE TABLE call_checklist (
    call_id INTEGER NOT NULL REFERENCES call_log(id) ON DELETE CASCADE,
    item TEXT NOT NULL CHECK (item = 'told_activity' OR item = 'mail_list' OR item = 'social_group'
                              OR item = 'invited_meeting' OR item = 'sent_sms'),
    PRIMARY KEY (call_id, item)
) STRICT, WITHOUT ROWID;

-- Follow-up items (derived from calls) that the office has dealt with.
CREATE TABLE followups_done (
    call_id INTEGER PRIMARY KEY REFERENCES call_log(id) ON DELETE CASCADE,
    done_at INTEGER NOT NULL
) STRICT;

-- Who did what to which records, with counts; never names, notes or other personal details.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (length(action) > 0),
    subject TEXT,
    counts TEXT NOT NULL DEFAULT '{}' CHECK (counts LIKE '{%}')
) STRICT;

CREATE INDEX audit_log_at ON audit_log(at);
