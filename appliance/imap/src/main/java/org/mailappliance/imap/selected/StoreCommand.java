package org.mailappliance.imap.selected;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.modseq.ModSeqArguments;
import org.mailappliance.imap.modseq.UidRanges;
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
 * STORE and UID STORE (RFC 9051 §6.4.6): FLAGS, +FLAGS, -FLAGS, each optionally .SILENT, and the UNCHANGEDSINCE
 * modifier of CONDSTORE (RFC 7162 §3.1.3). Flags the user lacks the right for are dropped silently (Cyrus); the
 * answer is one {@code * n FETCH (FLAGS (...))} per message whose flags changed (with UID for UID STORE, MODSEQ
 * once CONDSTORE is on), as Cyrus reports only real changes. Messages whose modseq is above UNCHANGEDSINCE are
 * left alone and named in {@code OK [MODIFIED set]}; the others are stored (partial success, as the RFC asks).
 */
final class StoreCommand {
    /** @param unchangedSince the UNCHANGEDSINCE modifier (RFC 7162 §3.1.3), empty when not given */
    record Request(SequenceSet set, OptionalLong unchangedSince, FlagOperation op, boolean silent,
            List<String> flags) {
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
        OptionalLong unchangedSince = OptionalLong.empty();
        if (r.tryOpenList()) {
            unchangedSince = modifiers(r);
            r.space("message data item name");
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
        return new Request(set, unchangedSince, op, silent, flags);
    }

    /** {@code "(" store-modifier *(SP store-modifier) ")"}, the "(" already read; UNCHANGEDSINCE is the only one. */
    private static OptionalLong modifiers(ImapReader r) throws ParseException {
        OptionalLong unchangedSince = OptionalLong.empty();
        do {
            String name = r.atom("STORE modifier").toUpperCase(Locale.ROOT);
            if (!name.equals("UNCHANGEDSINCE")) {
                throw new ParseException("Unknown STORE modifier " + name);
            }
            if (unchangedSince.isPresent()) {
                throw new ParseException("UNCHANGEDSINCE is given twice");
            }
            r.space("UNCHANGEDSINCE modseq");
            unchangedSince = OptionalLong.of(ModSeqArguments.valzer(r, "UNCHANGEDSINCE modseq"));
        } while (r.trySpace());
        r.closeList("STORE modifiers");
        return unchangedSince;
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
        if (request.unchangedSince().isPresent()) {
            Condstore.enable(ctx);
        }
        Set<String> allowed = FlagRights.allowed(request.flags(), rights);
        List<Long> targets = java.util.Arrays.stream(uids).boxed().toList();
        Map<Long, FlagUpdate> changed = new TreeMap<>();
        Set<Long> modified = new TreeSet<>();
        try {
            // the store event of this change is not reported back: the FETCH responses below answer it
            apply(store.store().messages(), selected, targets, request, allowed, rights, changed, modified);
        } catch (NoSuchMailboxException e) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox has been deleted or renamed");
        }
        for (FlagUpdate u : changed.values()) {
            if (!request.silent()) {
                selected.writeFlags(ctx.out(), u.uid(), u.flags(), u.modSeq(), uid);
            } else if (selected.condstore()) {
                // RFC 7162 §3.1.3: even .SILENT answers the new MODSEQ, so the client's cache stays right
                silentModSeq(ctx, selected, u, uid);
            }
        }
        if (modified.isEmpty()) {
            ctx.ok("Completed");
        } else {
            ctx.ok(ResponseCode.of("MODIFIED", modifiedSet(selected, modified, uid)), "Completed");
        }
    }

    private static void silentModSeq(CommandContext ctx, SelectedMailbox selected, FlagUpdate u, boolean uid) {
        int msn = selected.msnOf(u.uid());
        if (msn == 0) {
            return;
        }
        var line = ctx.out().untagged().number(msn).atom("FETCH").open();
        if (uid || selected.qresync()) {
            line.atom("UID").number(u.uid());
        }
        line.atom("MODSEQ").open().number(u.modSeq()).close().close().end();
    }

    /** The messages that failed UNCHANGEDSINCE: UIDs for UID STORE, else sequence numbers. */
    private static String modifiedSet(SelectedMailbox selected, Set<Long> modified, boolean uid) {
        long[] numbers = modified.stream().mapToLong(u -> uid ? u : selected.msnOf(u)).filter(n -> n > 0)
                .sorted().toArray();
        return UidRanges.of(numbers).toString();
    }

    /**
     * Runs the store. A FLAGS replacement by a user who may not change every flag becomes an addition of the allowed
     * flags and a removal of the clearable ones not given, so flags the user may not touch stay as they are; that is
     * two modseqs instead of one, which clients cannot tell apart from two quick STOREs.
     */
    private static void apply(MessageStore messages, SelectedMailbox selected, List<Long> targets, Request request,
            Set<String> allowed, Rights rights, Map<Long, FlagUpdate> changed, Set<Long> modified) {
        if (targets.isEmpty()) {
            return;
        }
        String mailbox = selected.internalName();
        FlagOperation op = request.op();
        OptionalLong unchangedSince = request.unchangedSince();
        if (op != FlagOperation.REPLACE || FlagRights.all(rights)) {
            if (op != FlagOperation.REPLACE && allowed.isEmpty()) {
                return;
            }
            collect(messages.store(mailbox, targets, op, allowed, unchangedSince), changed, modified);
            return;
        }
        Set<String> clear = new LinkedHashSet<>(FlagRights.clearableSystemFlags(rights));
        if (rights.has('w')) {
            clear.addAll(messages.keywordsInUse(mailbox));
        }
        clear.removeAll(allowed);
        List<Long> remaining = targets;
        if (!allowed.isEmpty()) {
            StoreResult first = messages.store(mailbox, targets, FlagOperation.ADD, allowed, unchangedSince);
            collect(first, changed, modified);
            remaining = targets.stream().filter(u -> !modified.contains(u)).toList();
            if (unchangedSince.isPresent() && !first.updated().isEmpty()) {
                // the first half gave its messages a new modseq: the second half must not fail on that
                unchangedSince = OptionalLong.of(Math.max(unchangedSince.getAsLong(), first.modSeq()));
            }
        }
        if (!clear.isEmpty() && !remaining.isEmpty()) {
            collect(messages.store(mailbox, remaining, FlagOperation.REMOVE, clear, unchangedSince), changed,
                    modified);
        }
    }

    private static void collect(StoreResult result, Map<Long, FlagUpdate> changed, Set<Long> modified) {
        for (FlagUpdate u : result.updated()) {
            changed.put(u.uid(), u);
        }
        modified.addAll(result.modified());
    }
}
