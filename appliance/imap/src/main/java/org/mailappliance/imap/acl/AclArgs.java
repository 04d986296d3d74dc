package org.mailappliance.imap.acl;

import org.mailappliance.imap.mailbox.WireNames;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;

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
