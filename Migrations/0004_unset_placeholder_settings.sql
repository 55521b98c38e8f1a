-- The first schema filled in the organisation's name and the membership office's email with placeholders
-- ('Partiet', 'medlem@example.org'), which the scripts then read out to members: a member who wanted to resign was
-- given an address nobody reads. Remove them; a branch sets its own with `dues settings set`, and a call session
-- whose script needs one that is unset refuses to start.
DELETE FROM settings
WHERE (key = 'party' AND value = 'Partiet')
   OR (key = 'membership_office_email' AND value = 'medlem@example.org');
