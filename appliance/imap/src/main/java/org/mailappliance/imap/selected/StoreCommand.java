package org.mailappliance.imap.selected;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.parse.Arguments;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.parse.SequenceSet;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.acl.Rights;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;
import org.mailappliance.mailstore.message.FlagOperation;
import org.mailappliance.mailstore.message.FlagUpdate;
import org.mailappliance.mailstore.message.MessageStore;
import org.mailappliance.mailstore.message.StoreResult;

/**
 * STORE and UID STORE (RFC 9051 §6.4.6): FLAGS, +FLAGS, -FLAGS, each optionally .SILENT. Flags the user lacks the
 * right for are dropped silently (Cyrus); the answer is one {@code * n FETCH (FLAGS (...))} per message whose flags
 * changed (with UID for UID STORE), as Cyrus reports only real changes.
 */
final class StoreCommand {
    record Request(SequenceSet set, FlagOperation op, boolean silent, List<String> flags) {
    }

    private StoreCommand() {
    }

    static CommandDefinition<Request> definition(ImapStore store, boolean uid) {
        return new CommandDefinition<>(uid ? "UID STORE" : "STORE", CommandDefinition.SELECTED, StoreCommand::parse,
                (ctx, request) -> run(ctx, request, uid, store));
    }

    static Request parse(ImapReader r) throws ParseException {
        r.space("sequence set");
        SequenceSet set = Arguments.sequenceSet(r, "sequence set");
        r.space("message data item name");
        if (r.peek() == '(') {
            throw new ParseException("STORE modifiers (UNCHANGEDSINCE) are not supported; CONDSTORE is not offered");
        }
        String item = r.atom("message data item name").toUpperCase(Locale.ROOT);
        FlagOperation op;
        String rest;
        if (item.startsWith("+")) {
            op = FlagOperation.ADD;
            rest = item.substring(1);
        } else if (item.startsWith("-")) {
            op = FlagOperation.REMOVE;
            rest = item.substring(1);
        } else {
            op = FlagOperation.REPLACE;
            rest = item;
        }
        boolean silent = rest.endsWith(".SILENT");
        if (silent) {
            rest = rest.substring(0, rest.length() - ".SILENT".length());
        }
        if (!rest.equals("FLAGS")) {
            throw new ParseException("Invalid message data item name " + item
                    + ": expected FLAGS, +FLAGS or -FLAGS, optionally with .SILENT");
        }
        r.space("flag list");
        List<String> flags;
        if (r.peek() == '(') {
            flags = Arguments.flagList(r, "flag list");
        } else {
            flags = new java.util.ArrayList<>();
            do {
                flags.add(Arguments.flag(r, "flag"));
            } while (r.trySpace());
        }
        FlagRights.checkSystemFlags(flags, "STORE");
        return new Request(set, op, silent, flags);
    }

    private static void run(CommandContext ctx, Request request, boolean uid, ImapStore store)
            throws CommandException {
        if (!uid) {
            ctx.withholdExpunges();
        }
        SelectedMailbox selected = ctx.session().selected();
        long[] uids = Resolving.resolve(selected, request.set(), uid);
        if (selected.readOnly()) {
            throw CommandException.no(ResponseCode.READ_ONLY, "Mailbox is read-only");
        }
        Rights rights = selected.rights();
        if (!FlagRights.any(rights)) {
            throw CommandException.no(ResponseCode.NOPERM, "Permission denied (no s, t or w right)");
        }
        Set<String> allowed = FlagRights.allowed(request.flags(), rights);
        List<Long> targets = java.util.Arrays.stream(uids).boxed().toList();
        Map<Long, FlagUpdate> changed = new TreeMap<>();
        try {
            // the store event of this change is not reported back: the FETCH responses below answer it
            apply(store.store().messages(), selected, targets, request.op(), allowed, rights, changed);
        } catch (NoSuchMailboxException e) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox has been deleted or renamed");
        }
        if (!request.silent()) {
            for (FlagUpdate u : changed.values()) {
                int msn = selected.msnOf(u.uid());
                if (msn == 0) {
                    continue;
                }
                var line = ctx.out().untagged().number(msn).atom("FETCH").open().atom("FLAGS");
                FlagNames.list(line, u.flags(), selected.isRecent(u.uid()));
                if (uid) {
                    line.atom("UID").number(u.uid());
                }
                line.close().end();
            }
        }
        ctx.ok("Completed");
    }

    /**
     * Runs the store. A FLAGS replacement by a user who may not change every flag becomes an addition of the allowed
     * flags and a removal of the clearable ones not given, so flags the user may not touch stay as they are; that is
     * two modseqs instead of one, which clients cannot tell apart from two quick STOREs.
     */
    private static void apply(MessageStore messages, SelectedMailbox selected, List<Long> targets, FlagOperation op,
            Set<String> allowed, Rights rights, Map<Long, FlagUpdate> changed) {
        if (targets.isEmpty()) {
            return;
        }
        String mailbox = selected.internalName();
        if (op != FlagOperation.REPLACE || FlagRights.all(rights)) {
            if (op != FlagOperation.REPLACE && allowed.isEmpty()) {
                return;
            }
            collect(messages.store(mailbox, targets, op, allowed, OptionalLong.empty()), changed);
            return;
        }
        Set<String> clear = new LinkedHashSet<>(FlagRights.clearableSystemFlags(rights));
        if (rights.has('w')) {
            clear.addAll(messages.keywordsInUse(mailbox));
        }
        clear.removeAll(allowed);
        if (!allowed.isEmpty()) {
            collect(messages.store(mailbox, targets, FlagOperation.ADD, allowed, OptionalLong.empty()), changed);
        }
        if (!clear.isEmpty()) {
            collect(messages.store(mailbox, targets, FlagOperation.REMOVE, clear, OptionalLong.empty()), changed);
        }
    }

    private static void collect(StoreResult result, Map<Long, FlagUpdate> changed) {
        for (FlagUpdate u : result.updated()) {
            changed.put(u.uid(), u);
        }
    }
}
