package org.mailappliance.server.lmtp;

import java.util.Locale;
import java.util.Optional;
import org.mailappliance.imap.parse.ModifiedUtf7;
import org.mailappliance.lmtp.delivery.Recipient;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.mailbox.MailboxNames;
import org.mailappliance.mailstore.mailbox.Mailboxes;

/**
 * Chooses the mailbox an LMTP recipient's mail is filed into, as Cyrus lmtpd does: {@code user+detail} goes to the
 * detail folder when it exists, is not excluded by special use, and the poster has the {@code p} right there; else to
 * the user's INBOX. {@code +shared/folder} with no user (or the {@code postuser}) names a shared folder, which must
 * grant {@code p}.
 */
final class RecipientMailboxes {

    private final Mailboxes mailboxes;
    private final String postUser;
    private final java.util.Set<String> excludedSpecialUse;
    private final char separator;

    RecipientMailboxes(Mailboxes mailboxes, String postUser, java.util.Set<String> excludedSpecialUse,
                       boolean unixHierarchySep) {
        this.mailboxes = mailboxes;
        this.postUser = postUser;
        this.excludedSpecialUse = excludedSpecialUse;
        this.separator = unixHierarchySep ? '/' : '.';
    }

    /** The target mailbox, or empty when the recipient does not exist. */
    Optional<Mailbox> resolve(Recipient recipient, Identity poster) {
        Optional<String> detail = recipient.detail().filter(d -> !d.isEmpty());
        boolean shared = recipient.user().isEmpty() || recipient.user().equals(postUser);
        if (shared) {
            // a shared folder of the recipient's virtual domain: +lists@example.com is example.com!lists
            return detail.map(this::internalName)
                    .map(name -> MailboxNames.inDomain(recipient.domain().orElse(null), name))
                    .flatMap(mailboxes::find)
                    .filter(folder -> mayPost(folder, poster));
        }
        String inboxName;
        try {
            inboxName = MailboxNames.userInbox(recipient.userid());
        } catch (IllegalArgumentException notAUser) {
            return Optional.empty();
        }
        Optional<Mailbox> inbox = mailboxes.find(inboxName);
        if (inbox.isEmpty() || detail.isEmpty() || detail.get().equalsIgnoreCase("INBOX")) {
            return inbox;
        }
        Optional<Mailbox> folder = mailboxes.find(inboxName + MailboxNames.SEPARATOR + internalName(detail.get()))
                .filter(f -> mayPost(f, poster) && !excluded(f));
        return folder.isPresent() ? folder : inbox;
    }

    private boolean mayPost(Mailbox folder, Identity poster) {
        return mailboxes.rightsOf(poster, folder).has('p');
    }

    private boolean excluded(Mailbox folder) {
        String use = folder.specialUse();
        if (use == null || use.isBlank()) {
            return false;
        }
        for (String flag : use.split("\\s+")) {
            if (excludedSpecialUse.contains(flag.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** An external folder path (configured separator, UTF-8) as an internal name ('.' separated, '.' in names as '^'). */
    private String internalName(String external) {
        StringBuilder name = new StringBuilder();
        for (String part : external.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
            if (name.length() > 0) {
                name.append(MailboxNames.SEPARATOR);
            }
            String encoded = ModifiedUtf7.encode(part);
            name.append(separator == '/' ? encoded.replace('.', '^') : encoded);
        }
        return name.toString();
    }
}
