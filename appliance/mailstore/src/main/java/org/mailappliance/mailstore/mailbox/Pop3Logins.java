package org.mailappliance.mailstore.mailbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mailappliance.mailstore.db.Database;

/**
 * {@code popminpoll}: the time of the last POP3 login to a mailbox (Cyrus's {@code pop3_last_login}), checked and
 * advanced atomically so two logins racing within the window cannot both pass.
 */
public final class Pop3Logins {
    private final Database database;

    public Pop3Logins(Database database) {
        this.database = database;
    }

    /**
     * Records a POP3 login at {@code now} unless the previous one was less than {@code minPoll} ago.
     *
     * @return true when the login may go ahead (and was recorded)
     * @throws NoSuchMailboxException if there is no such mailbox
     */
    public boolean tryLogin(String mailbox, Duration minPoll, Instant now) {
        return database.inTransaction(c -> {
            Instant last;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT pop3_last_login FROM mailboxes WHERE name = ? FOR UPDATE")) {
                s.setString(1, mailbox);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new NoSuchMailboxException(mailbox);
                    }
                    OffsetDateTime t = r.getObject(1, OffsetDateTime.class);
                    last = t == null ? null : t.toInstant();
                }
            }
            if (last != null && !minPoll.isZero() && now.isBefore(last.plus(minPoll))) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE mailboxes SET pop3_last_login = ? WHERE name = ?")) {
                s.setObject(1, now.atOffset(ZoneOffset.UTC));
                s.setString(2, mailbox);
                s.executeUpdate();
            }
            return true;
        });
    }
}
