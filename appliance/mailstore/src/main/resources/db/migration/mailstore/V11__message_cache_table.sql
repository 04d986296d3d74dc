-- The values computed once at delivery (ENVELOPE, BODY, BODYSTRUCTURE, header fields, sort and thread keys) move
-- out of `messages` into their own table, as Cyrus keeps cyrus.cache apart from cyrus.index: a flag change or an
-- expunge then rewrites only the narrow index rows (an H2 commit rewrites every page it touched, and wide rows made
-- those pages large), and scans of a mailbox's records read only what they use.
CREATE TABLE message_cache (
    mailbox_id        BIGINT NOT NULL,
    uid               BIGINT NOT NULL,
    envelope          VARCHAR(1000000),
    body              VARCHAR(1000000),
    bodystructure     VARCHAR(1000000),
    hdr_subject       VARCHAR(4000),
    hdr_from          VARCHAR(4000),
    hdr_to            VARCHAR(4000),
    hdr_cc            VARCHAR(4000),
    hdr_date          VARCHAR(4000),
    sent_date         TIMESTAMP WITH TIME ZONE,
    hdr_message_id    VARCHAR(4000),
    hdr_references    VARCHAR(4000),
    hdr_in_reply_to   VARCHAR(4000),
    sort_keys_version SMALLINT,
    sort_subject      VARCHAR(4000),
    sort_reply        BOOLEAN DEFAULT FALSE NOT NULL,
    sort_from         VARCHAR(1000),
    sort_to           VARCHAR(1000),
    sort_cc           VARCHAR(1000),
    sort_display_from VARCHAR(1000),
    sort_display_to   VARCHAR(1000),
    thread_message_id VARCHAR(1000),
    thread_references VARCHAR(4000),
    CONSTRAINT message_cache_pk PRIMARY KEY (mailbox_id, uid),
    CONSTRAINT message_cache_message_fk FOREIGN KEY (mailbox_id, uid)
        REFERENCES messages (mailbox_id, uid) ON DELETE CASCADE
);

INSERT INTO message_cache (mailbox_id, uid, envelope, body, bodystructure, hdr_subject, hdr_from, hdr_to, hdr_cc,
        hdr_date, sent_date, hdr_message_id, hdr_references, hdr_in_reply_to, sort_keys_version, sort_subject,
        sort_reply, sort_from, sort_to, sort_cc, sort_display_from, sort_display_to, thread_message_id,
        thread_references)
    SELECT mailbox_id, uid, envelope, body, bodystructure, hdr_subject, hdr_from, hdr_to, hdr_cc, hdr_date,
        sent_date, hdr_message_id, hdr_references, hdr_in_reply_to, sort_keys_version, sort_subject, sort_reply,
        sort_from, sort_to, sort_cc, sort_display_from, sort_display_to, thread_message_id, thread_references
    FROM messages;

ALTER TABLE messages DROP COLUMN envelope;
ALTER TABLE messages DROP COLUMN body;
ALTER TABLE messages DROP COLUMN bodystructure;
ALTER TABLE messages DROP COLUMN hdr_subject;
ALTER TABLE messages DROP COLUMN hdr_from;
ALTER TABLE messages DROP COLUMN hdr_to;
ALTER TABLE messages DROP COLUMN hdr_cc;
ALTER TABLE messages DROP COLUMN hdr_date;
ALTER TABLE messages DROP COLUMN sent_date;
ALTER TABLE messages DROP COLUMN hdr_message_id;
ALTER TABLE messages DROP COLUMN hdr_references;
ALTER TABLE messages DROP COLUMN hdr_in_reply_to;
ALTER TABLE messages DROP COLUMN sort_keys_version;
ALTER TABLE messages DROP COLUMN sort_subject;
ALTER TABLE messages DROP COLUMN sort_reply;
ALTER TABLE messages DROP COLUMN sort_from;
ALTER TABLE messages DROP COLUMN sort_to;
ALTER TABLE messages DROP COLUMN sort_cc;
ALTER TABLE messages DROP COLUMN sort_display_from;
ALTER TABLE messages DROP COLUMN sort_display_to;
ALTER TABLE messages DROP COLUMN thread_message_id;
ALTER TABLE messages DROP COLUMN thread_references;
