-- When the caller confirmed that the SMS shown on the call screen was sent (a dues call's "sorry I missed you", or
-- a welcome call that did not end in `welcomed`; a `welcomed` call ticks `sent_sms` on its checklist instead).
-- Recorded with the call and never changed afterwards, so the append-only trigger now covers it too.
ALTER TABLE call_log ADD COLUMN sms_sent_at INTEGER CHECK (sms_sent_at IS NULL OR sms_sent_at > 0);

DROP TRIGGER call_log_is_append_only;
CREATE TRIGGER call_log_is_append_only
BEFORE UPDATE OF id, uid, entry_id, caller_id, called_at, outcome, callback_at, logged_at, sms_sent_at ON call_log
BEGIN
    SELECT RAISE(ABORT, 'call log rows are never changed');
END;
