-- The call that closed an entry of another campaign when it flagged the member do-not-call. Undo reopens exactly
-- the entries its call closed; matching on the closing second also caught entries another call closed in that
-- second, and missed its own when the clock turned between the two writes. Deleting the call (undo, or a cascade)
-- clears the reference, so a reused call id never points at an old closure.
ALTER TABLE call_list_entries ADD COLUMN closed_by_call INTEGER REFERENCES call_log(id) ON DELETE SET NULL;

CREATE INDEX call_list_closed_by ON call_list_entries(closed_by_call) WHERE closed_by_call IS NOT NULL;
