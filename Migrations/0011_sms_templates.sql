-- A campaign's SMS template, with the same merge fields as its script; NULL means the default text for its kind in
-- the interface language (`SMSTemplate.defaultText`).
ALTER TABLE campaigns ADD COLUMN sms_template TEXT;
