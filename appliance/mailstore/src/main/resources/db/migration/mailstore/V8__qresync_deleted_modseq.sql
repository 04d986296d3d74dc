-- QRESYNC (RFC 7162): the highest modseq whose expunged records are no longer kept (Cyrus's deletedmodseq).
-- With expunge_mode immediate every EXPUNGE deletes its records and raises it, and so does cyr_expire -X when it
-- purges kept records; a client resynchronising from a modseq below it cannot be told exactly which messages
-- vanished, only "every known UID not present".
ALTER TABLE mailboxes ADD COLUMN deleted_modseq BIGINT DEFAULT 0 NOT NULL;
