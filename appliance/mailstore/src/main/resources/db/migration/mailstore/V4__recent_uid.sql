-- \Recent (RFC 3501): the highest UID some session has already been shown as recent. Kept per mailbox, as
-- Dovecot does, so exactly one session sees each new message as recent.
ALTER TABLE mailboxes ADD COLUMN recent_uid BIGINT DEFAULT 0 NOT NULL;
