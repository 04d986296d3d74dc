-- Mailbox-level state beside the mailbox list: quota roots, per-mailbox quota usage, subscriptions and
-- annotations. Same SQL on H2 2.2 and PostgreSQL 12+.

-- Cyrus's quotas.db: one row per quota root. A NULL limit is unlimited (Cyrus: -1). Usage covers every mailbox
-- whose nearest ancestor-or-self root this is; it is kept in step by the append/expunge transactions.
CREATE TABLE quota_roots (
    root              VARCHAR(1024) NOT NULL,
    storage_limit_kib BIGINT,
    message_limit     BIGINT,
    used_bytes        BIGINT DEFAULT 0 NOT NULL,
    used_messages     BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT quota_roots_pk PRIMARY KEY (root),
    CONSTRAINT quota_roots_storage_ck CHECK (storage_limit_kib IS NULL OR storage_limit_kib >= 0),
    CONSTRAINT quota_roots_message_ck CHECK (message_limit IS NULL OR message_limit >= 0),
    CONSTRAINT quota_roots_used_ck CHECK (used_bytes >= 0 AND used_messages >= 0)
);

-- What each mailbox contributes to its quota root (Cyrus keeps this in the cyrus.index header), so that a root
-- set, moved or removed later can move usage without re-reading every message.
ALTER TABLE mailboxes ADD COLUMN quota_used_bytes BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE mailboxes ADD COLUMN quota_used_messages BIGINT DEFAULT 0 NOT NULL;

-- Cyrus's per-user subscription files: mailbox names need not exist (RFC 3501 allows subscribing to anything).
CREATE TABLE subscriptions (
    userid  VARCHAR(255) NOT NULL,
    mailbox VARCHAR(1024) NOT NULL,
    CONSTRAINT subscriptions_pk PRIMARY KEY (userid, mailbox)
);

-- Cyrus's annotations.db: mailbox '' is the server, userid '' a shared value, else that user's private one.
CREATE TABLE annotations (
    mailbox     VARCHAR(1024) NOT NULL,
    entry       VARCHAR(1024) NOT NULL,
    userid      VARCHAR(255) NOT NULL,
    entry_value VARCHAR(1048576) NOT NULL,
    modified    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT annotations_pk PRIMARY KEY (mailbox, entry, userid)
);
