package org.mailappliance.imap.selected;

import java.util.ArrayList;
import java.util.List;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.mailbox.SelectedListing;
import org.mailappliance.imap.modseq.SelectParameters;
import org.mailappliance.imap.modseq.SelectParametersParser;
import org.mailappliance.imap.objectid.ObjectIds;
import org.mailappliance.imap.parse.Arguments;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.ResponseWriter;
import org.mailappliance.imap.response.Status;
import org.mailappliance.imap.session.ImapSession;
import org.mailappliance.mailstore.acl.Rights;
import org.mailappliance.mailstore.message.MessageRecord;
import org.mailappliance.mailstore.message.SystemFlag;

/**
 * SELECT and EXAMINE (RFC 3501 §6.3.1-2, RFC 9051): opens the session's view of a mailbox and reports its state in
 * Cyrus's order. A SELECT claims the unclaimed messages as this session's \Recent; EXAMINE only shows them.
 */
public final class SelectCommand {
    private static final String SYSTEM_FLAGS = "\\Answered \\Flagged \\Draft \\Deleted \\Seen";

    /** The decoded arguments: the mailbox name and the RFC 7162 parameters. */
    public record Args(String mailbox, SelectParameters parameters) {
    }

    private SelectCommand() {
    }

    public static CommandDefinition<Args> select(ImapStore store) {
        return definition("SELECT", store, false);
    }

    public static CommandDefinition<Args> examine(ImapStore store) {
        return definition("EXAMINE", store, true);
    }

    private static CommandDefinition<Args> definition(String name, ImapStore store, boolean examine) {
        return new CommandDefinition<>(name, CommandDefinition.AUTHENTICATED,
                r -> {
                    r.space("mailbox name");
                    String mailbox = Arguments.mailbox(r, "mailbox name", store.naming().separator(), r.utf8());
                    return new Args(mailbox, SelectParametersParser.parse(r));
                },
                (context, args) -> run(context, store, args, examine));
    }

    private static void run(CommandContext context, ImapStore store, Args args, boolean examine)
            throws CommandException {
        ImapSession session = context.session();
        SelectParameters params = args.parameters();
        if (params.qresync() != null && !Condstore.qresyncEnabled(session)) {
            // RFC 7162 §3.2.5: BAD, and the command is not run (the selected mailbox stays selected)
            throw CommandException.bad("QRESYNC parameter without ENABLE QRESYNC");
        }
        if (params.enablesCondstore()) {
            // the HIGHESTMODSEQ the enabling would announce is part of the SELECT answer anyway
            session.enable(Condstore.CONDSTORE);
        }
        String externalName = args.mailbox();
        boolean wasSelected = session.selected() != null;
        // a failed SELECT leaves no mailbox selected (RFC 9051 §6.3.2)
        session.unselect();
        if (wasSelected && (session.isEnabled("IMAP4REV2") || Condstore.qresyncEnabled(session))) {
            context.out().untagged(Status.OK, ResponseCode.CLOSED, "Previous mailbox is now closed");
        }
        ImapStore.Resolved target = store.resolve(session, externalName, "r");
        String internal = target.internalName();
        // listen before reading, so that a change committed in between is reported, not lost
        MailboxListener listener = MailboxListener.subscribe(store.store().events(), internal,
                session::runningCommandOnThisThread);
        try {
            open(context, store, session, target, listener, externalName, examine, params);
        } catch (RuntimeException | CommandException e) {
            listener.close();
            throw e;
        }
    }

    private static void open(CommandContext context, ImapStore store, ImapSession session, ImapStore.Resolved target,
            MailboxListener listener, String externalName, boolean examine, SelectParameters params)
            throws CommandException {
        String internal = target.internalName();
        // read after subscribing and before the messages: every later change is reported, none is skipped
        long highestModSeq = store.store().messages().highestModSeq(internal);
        List<MessageRecord> records = store.store().messages().records(internal, 1, Long.MAX_VALUE);
        long[] uids = new long[records.size()];
        int firstUnseen = 0;
        for (int i = 0; i < uids.length; i++) {
            MessageRecord m = records.get(i);
            uids[i] = m.uid();
            if (firstUnseen == 0 && !m.flags().has(SystemFlag.SEEN)) {
                firstUnseen = i + 1;
            }
        }
        long lastUid = uids.length == 0 ? 0 : uids[uids.length - 1];
        long recentMark = examine ? store.store().recentUids().mark(internal)
                : store.store().messages().claimRecent(internal, lastUid);
        Rights rights = target.rights();
        boolean readOnly = examine || !(rights.has('s') || rights.has('w') || rights.has('t') || rights.has('i'));
        SelectedMailbox view = SelectedMailbox.open(store, session, target, listener, externalName, readOnly, uids);
        view.addRecent(uidsAbove(uids, recentMark));
        view.startModSeq(highestModSeq);

        ResponseWriter out = context.out();
        List<String> keywords = new ArrayList<>(store.store().messages().keywordsInUse(internal));
        String flags = SYSTEM_FLAGS + (keywords.isEmpty() ? "" : " " + String.join(" ", keywords));
        out.untagged().atom("FLAGS").atom("(" + flags + ")").end();
        out.untagged(Status.OK, ResponseCode.of("PERMANENTFLAGS", "(" + permanentFlags(rights, readOnly, keywords)
                + ")"), "Ok");
        out.untagged().number(view.exists()).atom("EXISTS").end();
        if (!session.isEnabled("IMAP4REV2")) {
            out.untagged().number(view.recentCount()).atom("RECENT").end();
            if (firstUnseen > 0) {
                out.untagged(Status.OK, ResponseCode.of("UNSEEN", Integer.toString(firstUnseen)), "Ok");
            }
        } else {
            // RFC 9051 §6.3.2: LIST is a required response (no RECENT, no UNSEEN in IMAP4rev2)
            SelectedListing.write(store, context, externalName, internal);
        }
        out.untagged(Status.OK, ResponseCode.of("UIDVALIDITY", Long.toString(target.mailbox().uidValidity())), "Ok");
        long uidNext = Math.max(target.mailbox().uidNext(), lastUid + 1);
        out.untagged(Status.OK, ResponseCode.of("UIDNEXT", Long.toString(uidNext)), "Ok");
        // RFC 7162 §3.1.2.1: on every SELECT/EXAMINE, as Cyrus (every mailbox keeps modseqs: never NOMODSEQ)
        out.untagged(Status.OK, ResponseCode.of("HIGHESTMODSEQ", Long.toString(highestModSeq)), "Ok");
        out.untagged(Status.OK, ResponseCode.of("MAILBOXID",
                ObjectIds.parenthesized(ObjectIds.mailboxId(target.mailbox()))), "Ok");
        if (params.qresync() != null) {
            Qresync.afterSelect(out, store.store().messages(), view, params.qresync(), uidNext);
        }
        session.select(view);
        context.ok(readOnly ? ResponseCode.READ_ONLY : ResponseCode.READ_WRITE, "Completed");
    }

    private static String permanentFlags(Rights rights, boolean readOnly, List<String> keywords) {
        if (readOnly) {
            return "";
        }
        List<String> out = new ArrayList<>();
        if (rights.has('w')) {
            out.add("\\Answered");
            out.add("\\Flagged");
            out.add("\\Draft");
        }
        if (rights.has('t')) {
            out.add("\\Deleted");
        }
        if (rights.has('s')) {
            out.add("\\Seen");
        }
        if (rights.has('w')) {
            out.addAll(keywords);
            out.add("\\*");
        }
        return String.join(" ", out);
    }

    private static long[] uidsAbove(long[] uids, long mark) {
        int i = 0;
        while (i < uids.length && uids[i] <= mark) {
            i++;
        }
        return java.util.Arrays.copyOfRange(uids, i, uids.length);
    }
}
