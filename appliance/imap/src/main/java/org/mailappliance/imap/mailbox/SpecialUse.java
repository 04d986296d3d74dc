package org.mailappliance.imap.mailbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.acl.AclPolicy;
import org.mailappliance.mailstore.mailbox.Mailbox;

/**
 * RFC 6154 special-use attributes: which ones a mailbox may be given (CREATE ... USE) and how they are stored (the
 * store's space-separated {@code special_use}). Like Cyrus, each attribute names at most one mailbox per user, only
 * personal mailboxes carry them, and the virtual ones (\All, \Flagged) are refused because no mailbox here collects
 * messages from others.
 */
final class SpecialUse {
    static final ResponseCode USEATTR = ResponseCode.of("USEATTR");
    private static final Map<String, String> SETTABLE = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String a : List.of("\\Archive", "\\Drafts", "\\Junk", "\\Sent", "\\Trash", "\\Important",
                "\\Snoozed", "\\Scheduled", "\\Memos")) {
            SETTABLE.put(a, a);
        }
    }

    private SpecialUse() {
    }

    /** The attributes of a stored value (canonical spelling), empty for none. */
    static List<String> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return List.of(stored.strip().split("\\s+"));
    }

    /**
     * Checks the attributes a client asked for and returns the value to store (null for none).
     *
     * @param owned the owner's mailboxes as they are now, to keep each attribute on one mailbox
     */
    static String validate(List<String> requested, String internalName, List<Mailbox> owned)
            throws CommandException {
        if (requested.isEmpty()) {
            return null;
        }
        if (AclPolicy.ownerOf(internalName).isEmpty()) {
            throw CommandException.no(USEATTR, "Special-use attributes are only for personal mailboxes");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String attribute : requested) {
            String canonical = SETTABLE.get(attribute);
            if (canonical == null) {
                String lower = attribute.toLowerCase(Locale.ROOT);
                throw CommandException.no(USEATTR, lower.equals("\\all") || lower.equals("\\flagged")
                        ? attribute + " is a virtual mailbox, which this server does not have"
                        : attribute + " is not a special-use attribute this server supports");
            }
            wanted.add(canonical);
        }
        for (Mailbox m : owned) {
            for (String used : parse(m.specialUse())) {
                if (wanted.contains(used)) {
                    throw CommandException.no(USEATTR, "Another mailbox already has " + used);
                }
            }
        }
        return String.join(" ", new ArrayList<>(wanted));
    }
}
