-- CRAM-MD5 (only when sasl_mech_list enables it): HMAC-MD5's inner and outer states after the key block, never
-- the password itself. Gone with the account.
CREATE TABLE cram_md5_secrets (
    login  VARCHAR(255) NOT NULL,
    secret VARCHAR(64)  NOT NULL,
    CONSTRAINT cram_md5_secrets_pk PRIMARY KEY (login),
    CONSTRAINT cram_md5_secrets_account_fk FOREIGN KEY (login) REFERENCES accounts (login) ON DELETE CASCADE
);
