-- Message index (Cyrus's cyrus.index + cyrus.cache), keywords, per-user \Seen and duplicate-delivery records.
-- Same SQL on H2 2.2 and PostgreSQL 12+. Long texts are VARCHAR(1000000): both accept it, neither needs CLOB.

-- One row per message per mailbox. The file is <partition>/<mailbox dir>/<uid>. ; file_state says whether it
-- is there: 'present', 'removed' (expunged with expunge_mode semidelayed, file deleted on purpose) or 'missing'
-- (startup recovery found no file for a committed record).
-- system_flags uses Cyrus's bits: 1 \Answered, 2 \Flagged, 4 \Deleted, 8 \Draft, 16 \Seen.
-- envelope, body and bodystructure are the IMAP values pre-rendered at append, so FETCH emits them as they are;
-- header_size is the length of the header block including the blank line (BODY[TEXT] starts there).
-- The hdr_* columns hold unfolded, RFC 2047-decoded header values for SORT and SEARCH (cut at 4000 characters).
CREATE TABLE messages (
    mailbox_id      BIGINT NOT NULL,
    uid             BIGINT NOT NULL,
    modseq          BIGINT NOT NULL,
    internaldate    TIMESTAMP WITH TIME ZONE NOT NULL,
    savedate        TIMESTAMP WITH TIME ZONE NOT NULL,
    size            BIGINT NOT NULL,
    header_size     BIGINT NOT NULL,
    guid            VARCHAR(40) NOT NULL,
    system_flags    INTEGER DEFAULT 0 NOT NULL,
    expunged        BOOLEAN DEFAULT FALSE NOT NULL,
    expunge_modseq  BIGINT DEFAULT 0 NOT NULL,
    file_state      VARCHAR(8) DEFAULT 'present' NOT NULL,
    envelope        VARCHAR(1000000),
    body            VARCHAR(1000000),
    bodystructure   VARCHAR(1000000),
    hdr_subject     VARCHAR(4000),
    hdr_from        VARCHAR(4000),
    hdr_to          VARCHAR(4000),
    hdr_cc          VARCHAR(4000),
    hdr_date        VARCHAR(4000),
    sent_date       TIMESTAMP WITH TIME ZONE,
    hdr_message_id  VARCHAR(4000),
    hdr_references  VARCHAR(4000),
    hdr_in_reply_to VARCHAR(4000),
    CONSTRAINT messages_pk PRIMARY KEY (mailbox_id, uid),
    CONSTRAINT messages_mailbox_fk FOREIGN KEY (mailbox_id) REFERENCES mailboxes (id) ON DELETE CASCADE,
    CONSTRAINT messages_uid_ck CHECK (uid BETWEEN 1 AND 4294967295),
    CONSTRAINT messages_flags_ck CHECK (system_flags BETWEEN 0 AND 31),
    CONSTRAINT messages_file_state_ck CHECK (file_state IN ('present', 'removed', 'missing'))
);

CREATE INDEX messages_modseq_ix ON messages (mailbox_id, modseq);
CREATE INDEX messages_guid_ix ON messages (guid);

-- Keywords (user flags) as rows: STORE adds and deletes rows, SEARCH KEYWORD and the FLAGS list of a mailbox
-- use the (mailbox_id, keyword) index.
CREATE TABLE message_keywords (
    mailbox_id BIGINT NOT NULL,
    uid        BIGINT NOT NULL,
    keyword    VARCHAR(255) NOT NULL,
    CONSTRAINT message_keywords_pk PRIMARY KEY (mailbox_id, uid, keyword),
    CONSTRAINT message_keywords_message_fk FOREIGN KEY (mailbox_id, uid)
        REFERENCES messages (mailbox_id, uid) ON DELETE CASCADE
);

CREATE INDEX message_keywords_keyword_ix ON message_keywords (mailbox_id, keyword);

-- \Seen of users other than the owner (Cyrus's seen db for shared mailboxes): an IMAP UID set such as 1:5,7.
CREATE TABLE seen_state (
    userid        VARCHAR(255) NOT NULL,
    mailbox_id    BIGINT NOT NULL,
    seen_uids     VARCHAR(1000000) NOT NULL,
    last_change   TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_modseq   BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT seen_state_pk PRIMARY KEY (userid, mailbox_id),
    CONSTRAINT seen_state_mailbox_fk FOREIGN KEY (mailbox_id) REFERENCES mailboxes (id) ON DELETE CASCADE
);

-- duplicatesuppression: one row per Message-ID delivered to a mailbox (by name, as Cyrus's duplicate db).
CREATE TABLE duplicate_deliveries (
    message_id   VARCHAR(512) NOT NULL,
    mailbox_name VARCHAR(1024) NOT NULL,
    delivered    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT duplicate_deliveries_pk PRIMARY KEY (mailbox_name, message_id)
);

CREATE INDEX duplicate_deliveries_delivered_ix ON duplicate_deliveries (delivered);
