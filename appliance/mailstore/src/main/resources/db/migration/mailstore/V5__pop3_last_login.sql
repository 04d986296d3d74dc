-- popminpoll (Cyrus keeps pop3_last_login in the mailbox header): when the owner last logged in over POP3.
ALTER TABLE mailboxes ADD COLUMN pop3_last_login TIMESTAMP WITH TIME ZONE;
