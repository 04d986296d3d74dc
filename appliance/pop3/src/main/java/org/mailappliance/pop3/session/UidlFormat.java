package org.mailappliance.pop3.session;

import java.util.Locale;
import org.mailappliance.config.ConfigException;
import org.mailappliance.pop3.port.MaildropMessage;

/** imapd.conf {@code uidl_format}: how UIDL builds a message's unique id from UID and UIDVALIDITY (Cyrus uidl_msg). */
public enum UidlFormat {
    /** {@code UID} */
    UIDONLY,
    /** {@code UIDVALIDITY.UID}: Cyrus's default */
    CYRUS,
    /** {@code %08x%08x} of UID then UIDVALIDITY, as Dovecot's default */
    DOVECOT,
    /** {@code UIDVALIDITY-UID}, as Courier */
    COURIER;

    public static UidlFormat parse(String value) throws ConfigException {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("uidl_format: expected uidonly, cyrus, dovecot or courier, not " + value);
        }
    }

    public String uniqueId(MaildropMessage m) {
        return switch (this) {
            case UIDONLY -> Long.toString(m.uid());
            case CYRUS -> m.uidValidity() + "." + m.uid();
            case DOVECOT -> String.format("%08x%08x", m.uid(), m.uidValidity());
            case COURIER -> m.uidValidity() + "-" + m.uid();
        };
    }
}
