package org.mailappliance.imap.quota;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.mailbox.WireNames;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;
import org.mailappliance.mailstore.quota.QuotaRoot;

/**
 * SETQUOTA (RFC 9208 §4.1.3), for admins only, as in Cyrus. The list replaces the root's limits: a resource left
 * out has no limit, and an empty list (cyradm's {@code setquota root none}) removes the root, its mailboxes
 * falling back to the next root above. Roots are set on existing mailboxes. A limit of -1 means no limit (Cyrus
 * accepts it too). cyradm's malformed lists are understood (see {@link #GLUED}). Resources other than STORAGE and MESSAGE are refused with NO, as Cyrus does for resources it
 * does not know.
 */
final class SetQuotaCommand {
    static final ResponseCode UNSUPPORTED = ResponseCode.CANNOT;
    /**
     * cyradm 3.6 (Cyrus::IMAP's %v) writes several resources without the space between a limit and the next name
     * and with a space before ")": {@code (STORAGE 1024MESSAGE 2 )}. Both are read as meant.
     */
    private static final Pattern GLUED = Pattern.compile("(-1|[0-9]+)([A-Za-z].*)");

    record Args(String wireRoot, Map<String, Long> limits) {
    }

    private SetQuotaCommand() {
    }

    static CommandDefinition<Args> definition(ImapStore store) {
        return new CommandDefinition<>("SETQUOTA", CommandDefinition.AUTHENTICATED, SetQuotaCommand::parse,
                (context, args) -> run(store, context, args));
    }

    static Args parse(ImapReader r) throws ParseException {
        r.space("quota root");
        String root = r.astring("quota root");
        r.space("quota list");
        r.openList("quota list");
        Map<String, Long> limits = new LinkedHashMap<>();
        if (r.tryCloseList()) {
            return new Args(root, limits);
        }
        String glued = null;
        while (true) {
            String resource = (glued != null ? glued : r.atom("resource name")).toUpperCase(Locale.ROOT);
            r.space("resource limit");
            String word = r.atom("resource limit");
            Matcher m = GLUED.matcher(word);
            glued = null;
            if (m.matches()) {
                word = m.group(1);
                glued = m.group(2);
            }
            if (limits.put(resource, limit(word)) != null) {
                throw new ParseException("Resource " + resource + " is given twice");
            }
            if (glued != null) {
                continue;
            }
            if (r.tryCloseList()) {
                break;
            }
            r.space("resource name");
            if (r.tryCloseList()) {
                break;
            }
        }
        return new Args(root, limits);
    }

    private static long limit(String text) throws ParseException {
        if (text.equals("-1")) {
            return QuotaRoot.UNLIMITED;
        }
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ParseException("Invalid resource limit " + text + " (a number, or -1 for no limit)");
        }
        return Long.parseLong(text);
    }

    static void run(ImapStore store, CommandContext context, Args args) throws CommandException {
        String external = WireNames.decode(context, args.wireRoot(), store.naming().separator());
        if (!store.identity(context.session()).admin()) {
            throw CommandException.no(ResponseCode.NOPERM, "Permission denied: only administrators set quotas");
        }
        long storage = QuotaRoot.UNLIMITED;
        long messages = QuotaRoot.UNLIMITED;
        for (Map.Entry<String, Long> e : args.limits().entrySet()) {
            switch (e.getKey()) {
                case "STORAGE" -> storage = e.getValue();
                case "MESSAGE" -> messages = e.getValue();
                default -> throw CommandException.no(UNSUPPORTED, "Unsupported quota resource " + e.getKey()
                        + " (this server has STORAGE and MESSAGE)");
            }
        }
        ImapStore.Resolved mailbox = store.require(context.session(), external, 'l');
        try {
            if (storage == QuotaRoot.UNLIMITED && messages == QuotaRoot.UNLIMITED) {
                store.store().quotas().remove(mailbox.internalName());
                return;
            }
            QuotaRoot root = store.store().quotas().setLimits(mailbox.internalName(), storage, messages);
            QuotaLine.write(context, external, root);
        } catch (NoSuchMailboxException e) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist: " + external);
        }
    }
}
