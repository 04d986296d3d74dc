package org.mailappliance.imap.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.command.CommandHandler;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.selected.SelectedMailbox;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;
import org.mailappliance.mailstore.message.FlagOperation;
import org.mailappliance.mailstore.message.FlagUpdate;
import org.mailappliance.mailstore.message.MessageRecord;
import org.mailappliance.mailstore.message.MessageCache;
import org.mailappliance.mailstore.message.MessageStore;
import org.mailappliance.mailstore.message.SystemFlag;

/**
 * FETCH and UID FETCH (RFC 9051 §6.4.5, §6.4.9): resolves the set against the session's view, reads the index records
 * in batches (a FETCH 1:* of a large mailbox never holds every record), sets \Seen for the non-PEEK body items and
 * writes one response per message.
 *
 * <p>A message in the session's view that another session expunged is skipped silently: the expunge is reported
 * later, when the session may be told (RFC 2180 §4.1). When a non-UID FETCH finds none of the messages it names, it
 * ends with {@code NO No matching messages}, as Cyrus's cmd_fetch does; UID FETCH then simply completes OK.
 */
final class FetchCommand implements CommandHandler<FetchRequest> {
    /** UIDs per index read: bounds the records held at once. */
    static final int BATCH = 256;
    private static final ResponseCode UNKNOWN_CTE = ResponseCode.of("UNKNOWN-CTE");

    private final ImapStore store;
    private final boolean uid;

    FetchCommand(ImapStore store, boolean uid) {
        this.store = store;
        this.uid = uid;
    }

    @Override
    public void handle(CommandContext context, FetchRequest request) throws CommandException {
        SelectedMailbox selected = context.session().selected();
        if (!uid) {
            context.withholdExpunges();
        }
        long[] uids;
        try {
            uids = selected.resolve(request.messages(), uid);
        } catch (IllegalArgumentException e) {
            throw CommandException.bad(e.getMessage());
        }
        boolean markSeen = request.setsSeen() && !selected.readOnly() && selected.rights().has('s');
        int answered;
        List<Long> undecodable = new ArrayList<>();
        try {
            answered = fetch(context, request, selected, uids, markSeen, undecodable);
        } catch (NoSuchMailboxException e) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox has been deleted or renamed");
        }
        if (!undecodable.isEmpty()) {
            String which = undecodable.stream().limit(10).map(String::valueOf).collect(Collectors.joining(","))
                    + (undecodable.size() > 10 ? ",..." : "");
            throw CommandException.no(UNKNOWN_CTE, "Unknown content-transfer-encoding in the requested part"
                    + (undecodable.size() == 1 ? " of UID " : "s of UIDs ") + which);
        }
        if (!uid && answered == 0 && uids.length > 0) {
            throw CommandException.no(null, "No matching messages");
        }
    }

    /** Answers the messages batch by batch; how many were answered. */
    private int fetch(CommandContext context, FetchRequest request, SelectedMailbox selected, long[] uids,
            boolean markSeen, List<Long> undecodable) {
        MessageStore messages = store.store().messages();
        FetchResponder responder = new FetchResponder(messages, selected.internalName(), selected::isRecent);
        int answered = 0;
        for (int from = 0; from < uids.length; from += BATCH) {
            long[] batch = Arrays.copyOfRange(uids, from, Math.min(uids.length, from + BATCH));
            List<long[]> runs = runs(selected, batch);
            List<MessageRecord> records = records(messages, selected.internalName(), runs, batch);
            Map<Long, MessageCache> caches = request.readsCache()
                    ? caches(messages, selected.internalName(), runs) : Map.of();
            Map<Long, FlagUpdate> seen = markSeen ? markSeen(messages, selected.internalName(), records) : Map.of();
            for (MessageRecord record : records) {
                int msn = selected.msnOf(record.uid());
                FlagUpdate update = seen.get(record.uid());
                MessageRecord current = update == null ? record : withFlags(record, update);
                try {
                    if (msn > 0 && responder.respond(context.out(), msn, current, request, update != null,
                            caches.get(record.uid()))) {
                        answered++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("FETCH of " + selected.internalName() + " UID " + record.uid(), e);
                } catch (BinaryContent.UnknownEncodingException e) {
                    // RFC 3516 §4.3: the other messages are answered, the command ends NO [UNKNOWN-CTE]
                    undecodable.add(record.uid());
                }
            }
            // a FETCH 1:* of a large mailbox must not queue every response before the engine's flush at the end
            context.out().flush();
        }
        return answered;
    }

    /**
     * The batch as runs of adjacent messages in the session's view ({first UID, last UID}), so a sparse set such as
     * {@code 1,90000} is read as two ranges, not as everything in between.
     */
    private static List<long[]> runs(SelectedMailbox view, long[] batch) {
        List<long[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= batch.length; i++) {
            if (i == batch.length || view.msnOf(batch[i]) != view.msnOf(batch[i - 1]) + 1) {
                out.add(new long[] {batch[start], batch[i - 1]});
                start = i;
            }
        }
        return out;
    }

    /** The unexpunged records of the batch's UIDs, one range read per run. */
    private static List<MessageRecord> records(MessageStore messages, String mailbox, List<long[]> runs,
            long[] batch) {
        Set<Long> wanted = Arrays.stream(batch).boxed().collect(Collectors.toSet());
        List<MessageRecord> out = new ArrayList<>();
        for (long[] run : runs) {
            for (MessageRecord r : messages.records(mailbox, run[0], run[1])) {
                if (wanted.contains(r.uid())) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** The cached ENVELOPE/BODYSTRUCTURE of the batch, one read per run (not a query per message). */
    private static Map<Long, MessageCache> caches(MessageStore messages, String mailbox, List<long[]> runs) {
        Map<Long, MessageCache> out = new HashMap<>();
        for (long[] run : runs) {
            out.putAll(messages.caches(mailbox, run[0], run[1]));
        }
        return out;
    }

    /** Sets \Seen on the records that lack it, in one store call; the updates by UID. */
    private static Map<Long, FlagUpdate> markSeen(MessageStore messages, String mailbox, List<MessageRecord> records) {
        List<Long> unseen = records.stream().filter(r -> !r.flags().has(SystemFlag.SEEN)).map(MessageRecord::uid)
                .toList();
        if (unseen.isEmpty()) {
            return Map.of();
        }
        Map<Long, FlagUpdate> out = new HashMap<>();
        for (FlagUpdate u : messages.store(mailbox, unseen, FlagOperation.ADD, Set.of("\\Seen"), OptionalLong.empty())
                .updated()) {
            out.put(u.uid(), u);
        }
        return out;
    }

    private static MessageRecord withFlags(MessageRecord r, FlagUpdate u) {
        return new MessageRecord(r.mailbox(), r.uid(), u.modSeq(), r.internalDate(), r.saveDate(), r.size(),
                r.headerSize(), r.guid(), u.flags(), r.expunged(), r.expungeModSeq());
    }
}
