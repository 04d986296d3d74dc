package org.mailappliance.imap.mailbox;

import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.MailboxNames;
import org.mailappliance.imap.parse.ParseException;

/**
 * Mailbox names as they travel. Parsers keep the name as sent, because whether it is modified UTF-7 or UTF-8 depends
 * on the session (UTF8=ACCEPT), which only the handler knows; the handler decodes it here.
 */
public final class WireNames {
    private WireNames() {
    }

    /** A mailbox argument as sent (astring); empty names are refused. */
    public static String mailbox(ImapReader r, String what) throws ParseException {
        String wire = r.astring(what);
        if (wire.isEmpty()) {
            throw new ParseException(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " is empty");
        }
        return wire;
    }

    /** The decoded name with INBOX canonical; a badly encoded name is a client error (BAD). */
    public static String decode(CommandContext context, String wire, char separator) throws CommandException {
        try {
            return MailboxNames.canonicalInbox(MailboxNames.fromWire(wire, context.session().utf8Names()),
                    separator);
        } catch (ParseException e) {
            throw CommandException.bad(e.getMessage());
        }
    }

    /** The name to send to the client. */
    public static String encode(CommandContext context, String name) {
        return MailboxNames.toWire(name, context.session().utf8Names());
    }
}
