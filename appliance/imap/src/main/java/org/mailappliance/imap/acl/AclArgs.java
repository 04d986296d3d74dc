package org.mailappliance.imap.acl;

import java.util.Optional;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.mailbox.WireNames;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.mailbox.MailboxNames;

/**
 * The arguments of the ACL commands as sent: a mailbox (decoded by the handler, which knows whether UTF-8 is on),
 * and for some an identifier and a rights string (RFC 4314 §3: all astrings).
 */
record AclArgs(String wireMailbox, String identifier, String rights) {

    static AclArgs mailboxOnly(ImapReader r) throws ParseException {
        return new AclArgs(mailbox(r), null, null);
    }

    static AclArgs withIdentifier(ImapReader r) throws ParseException {
        String mailbox = mailbox(r);
        return new AclArgs(mailbox, identifier(r), null);
    }

    static AclArgs withRights(ImapReader r) throws ParseException {
        String mailbox = mailbox(r);
        String identifier = identifier(r);
        r.space("rights");
        return new AclArgs(mailbox, identifier, r.astring("rights"));
    }

    /**
     * The identifier as the mailbox's ACL stores it ({@code bob} on a mailbox of {@code example.com} is
     * {@code bob@example.com}, as Cyrus qualifies it); NO when it names a user of another domain.
     */
    static String storedIdentifier(ImapStore store, String internalName, String identifier) throws CommandException {
        return store.naming().userIds()
                .aclIdentifier(identifier, Optional.ofNullable(MailboxNames.domainOf(internalName)))
                .orElseThrow(() -> CommandException.no(ResponseCode.CANNOT,
                        "Invalid identifier: " + identifier + " (no rights across domains)"));
    }

    private static String mailbox(ImapReader r) throws ParseException {
        r.space("mailbox name");
        return WireNames.mailbox(r, "mailbox name");
    }

    private static String identifier(ImapReader r) throws ParseException {
        r.space("identifier");
        String identifier = r.astring("identifier");
        if (identifier.isEmpty()) {
            throw new ParseException("Identifier is empty");
        }
        return identifier;
    }
}
