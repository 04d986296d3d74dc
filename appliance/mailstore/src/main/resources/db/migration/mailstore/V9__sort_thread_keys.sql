-- SORT and THREAD keys (RFC 5256, RFC 5957), computed once at delivery so that SORT and THREAD read a whole
-- mailbox in one query and parse nothing: collation keys (i;unicode-casemap) of the base subject, of the
-- addr-mailbox of the first From/To/Cc address and of the display form of the first From/To address; whether the
-- subject marks a reply or forward; the Message-ID and the parent chain (References, else In-Reply-To) as
-- normalized message ids separated by spaces.
-- Rows delivered before this migration have sort_keys_version NULL: readers compute the keys from the hdr_*
-- columns instead.
ALTER TABLE messages ADD COLUMN sort_keys_version SMALLINT;
ALTER TABLE messages ADD COLUMN sort_subject VARCHAR(4000);
ALTER TABLE messages ADD COLUMN sort_reply BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE messages ADD COLUMN sort_from VARCHAR(1000);
ALTER TABLE messages ADD COLUMN sort_to VARCHAR(1000);
ALTER TABLE messages ADD COLUMN sort_cc VARCHAR(1000);
ALTER TABLE messages ADD COLUMN sort_display_from VARCHAR(1000);
ALTER TABLE messages ADD COLUMN sort_display_to VARCHAR(1000);
ALTER TABLE messages ADD COLUMN thread_message_id VARCHAR(1000);
ALTER TABLE messages ADD COLUMN thread_references VARCHAR(4000);
