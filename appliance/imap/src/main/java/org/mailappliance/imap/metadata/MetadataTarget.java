package org.mailappliance.imap.metadata;

import java.util.Map;
import java.util.TreeMap;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.acl.AclPolicy;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.mailbox.Annotations;
import org.mailappliance.mailstore.mailbox.Mailbox;

/**
 * What a METADATA command is about: the server (mailbox {@code ""}, RFC 5464 METADATA-SERVER) or one mailbox, with
 * the caller's access as Cyrus grants it. Reading needs {@code r} on the mailbox (anyone logged in reads server
 * entries); writing private entries needs {@code r}, writing shared ones {@code n}; only admins write server
 * entries, and admins may read and write every mailbox's entries. The server keeps no private server entries.
 */
final class MetadataTarget {
    private static final String CMU = "/vendor/cmu/cyrus-imapd/";

    private final ImapStore store;
    private final Identity who;
    private final String user;
    private final Mailbox mailbox;

    private MetadataTarget(ImapStore store, Identity who, String user, Mailbox mailbox) {
        this.store = store;
        this.who = who;
        this.user = user;
        this.mailbox = mailbox;
    }

    /** @param external the client's mailbox name, empty for the server */
    static MetadataTarget resolve(ImapStore store, CommandContext context, String external) throws CommandException {
        Identity who = store.identity(context.session());
        String user = context.session().userId();
        if (external.isEmpty()) {
            return new MetadataTarget(store, who, user, null);
        }
        ImapStore.Resolved resolved = store.require(context.session(), external, who.admin() ? (char) 0 : 'r');
        return new MetadataTarget(store, who, user, resolved.mailbox());
    }

    boolean server() {
        return mailbox == null;
    }

    /** The store's mailbox key: the internal name, or {@link Annotations#SERVER}. */
    String storeName() {
        return server() ? Annotations.SERVER : mailbox.name();
    }

    /** The store's user key of a scope. */
    String storeUser(boolean priv) {
        return priv ? user : Annotations.SHARED;
    }

    /** Refuses a write the caller may not make in this scope. */
    void requireWritable(boolean priv) throws CommandException {
        if (server()) {
            if (priv) {
                throw CommandException.no(ResponseCode.of("METADATA", "NOPRIVATE"),
                        "This server keeps no private server entries");
            }
            if (!who.admin()) {
                throw CommandException.no(ResponseCode.NOPERM, "Permission denied: only administrators set server "
                        + "entries");
            }
            return;
        }
        if (!priv && !who.admin() && !store.store().mailboxes().rightsOf(who, mailbox).has('n')) {
            throw CommandException.no(ResponseCode.NOPERM, "Permission denied: shared entries need the n right");
        }
    }

    /** Every value the caller can read in one scope, by full entry name, including the computed ones. */
    Map<String, String> values(boolean priv) {
        Map<String, String> values = new TreeMap<>();
        store.store().annotations().entries(storeName(), storeUser(priv))
                .forEach((path, value) -> values.put(EntryName.fullName(priv, path), value));
        if (server()) {
            return values;
        }
        if (priv) {
            String specialUse = mailbox.specialUse();
            if (specialUse != null && !specialUse.isBlank() && AclPolicy.ownerOf(mailbox.name())
                    .filter(user::equals).isPresent()) {
                values.put(EntryName.fullName(true, "/specialuse"), specialUse);
            }
        } else {
            values.put(EntryName.fullName(false, CMU + "uniqueid"), mailbox.uniqueId());
            if (who.admin()) {
                values.put(EntryName.fullName(false, CMU + "partition"), mailbox.partition());
            }
        }
        return values;
    }

    /** What the scope holds in the store now, by path (to count against metadata_maxentries). */
    Map<String, String> stored(boolean priv) {
        return store.store().annotations().entries(storeName(), storeUser(priv));
    }

    void set(boolean priv, String path, String value) {
        store.store().annotations().set(storeName(), path, storeUser(priv), value);
    }
}
