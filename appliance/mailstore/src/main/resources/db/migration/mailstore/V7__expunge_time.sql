-- When a record was expunged (expunge_mode delayed/semidelayed), so that cyr_expire -X purges the records (and
-- files) expunged longer ago than its duration. Records expunged before this column existed have NULL: they are
-- purged by the first run, as Cyrus purges records whose expunge time it cannot tell.
ALTER TABLE messages ADD COLUMN expunged_at TIMESTAMP WITH TIME ZONE;
