-- ManageSieve scripts (Cyrus keeps name.script files in sievedir, the active one linked as defaultbc): per user,
-- at most one active. No foreign key to accounts: users checked by saslauthd or LDAP have no account row.
CREATE TABLE sieve_scripts (
    userid  VARCHAR(255)     NOT NULL,
    name    VARCHAR(1024)    NOT NULL,
    content VARCHAR(1000000) NOT NULL,
    active  BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT sieve_scripts_pk PRIMARY KEY (userid, name)
);
