-- A finding keeps its message catalogue key (FILE_UNREADABLE.passwordProtected) and its arguments
-- (a JSON array) beside the rendered texts, which stay as they were; rows stored before stay without.
ALTER TABLE rs_finding ADD COLUMN message_key VARCHAR(100);
ALTER TABLE rs_finding ADD COLUMN message_args VARCHAR(8000);
