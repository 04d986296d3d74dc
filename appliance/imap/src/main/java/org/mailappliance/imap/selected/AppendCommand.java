package org.mailappliance.imap.selected;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Literal;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.parse.Arguments;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.message.AppendResult;
import org.mailappliance.mailstore.message.FlagOperation;
import org.mailappliance.mailstore.message.MessageStore;

/**
 * APPEND with MULTIAPPEND (RFC 3502) and APPENDUID (RFC 4315). Each message literal is streamed from the adapter's
 * spool into the store, never held in memory. A literal8 ({@code ~{n}}, RFC 3516) is accepted; its content is checked
 * as any other, and what the store cannot keep (NUL, bare LF) ends NO [UNKNOWN-CTE].
 *
 * <p>MULTIAPPEND is all or nothing as far as the store allows: messages are appended one by one (the store commits
 * each on its own), and when one fails the ones already appended are flagged \Deleted and expunged again before the
 * NO. Other sessions may briefly see them arrive and vanish; a crash during the undo leaves them in place.
 */
final class AppendCommand {
    private static final Logger LOG = Logger.getLogger(AppendCommand.class.getName());

    /** One message: flags (may be empty), INTERNALDATE (null: now) and the literal holding it. */
    record Message(List<String> flags, Instant date, Literal literal) {
    }

    record Request(String mailbox, List<Message> messages) {
    }

    /** What the store said, or why the message itself was unacceptable (bare newline, NUL: the client's fault). */
    private record Outcome(AppendResult result, String refusal, boolean binary) {
    }

    private static final ResponseCode UNKNOWN_CTE = ResponseCode.of("UNKNOWN-CTE");

    private AppendCommand() {
    }

    static CommandDefinition<Request> definition(ImapStore store) {
        return new CommandDefinition<>("APPEND", CommandDefinition.AUTHENTICATED, r -> parse(r, store),
                (ctx, request) -> run(ctx, store, request));
    }

    static Request parse(ImapReader r, ImapStore store) throws ParseException {
        r.space("mailbox name");
        String mailbox = Arguments.mailbox(r, "mailbox name", store.naming().separator(), r.utf8());
        List<Message> messages = new ArrayList<>();
        do {
            r.space("message literal");
            List<String> flags = List.of();
            Instant date = null;
            if (r.peek() == '(') {
                flags = Arguments.flagList(r, "flag list");
                FlagRights.checkSystemFlags(flags, "APPEND");
                r.space("message literal");
            }
            if (r.peek() == '"') {
                date = Arguments.dateTime(r, "date-time").toInstant();
                r.space("message literal");
            }
            messages.add(new Message(flags, date, messageLiteral(r)));
        } while (r.peek() == ' ');
        return new Request(mailbox, messages);
    }

    /**
     * {@code literal / literal8} (RFC 3516 §4.4), or with UTF8=ACCEPT enabled {@code "UTF8" SP "(" literal8 ")"}
     * (RFC 6855 §4: a message with UTF-8 headers, stored as it comes).
     */
    private static Literal messageLiteral(ImapReader r) throws ParseException {
        if (r.peek() == 'U' || r.peek() == 'u') {
            if (!r.tryKeyword("UTF8")) {
                throw new ParseException("Invalid message literal: expected a literal or UTF8 (literal8)");
            }
            if (!r.utf8Accept()) {
                throw new ParseException("APPEND UTF8 (...) needs ENABLE UTF8=ACCEPT first");
            }
            r.space("message literal");
            r.openList("UTF8 message literal");
            Literal literal = r.literal("message literal", true);
            r.closeList("UTF8 message literal");
            return literal;
        }
        return r.literal("message literal", true);
    }

    private static void run(CommandContext ctx, ImapStore store, Request request) throws CommandException {
        long limit = ctx.session().settings().maxMessageSize();
        for (Message m : request.messages()) {
            if (limit > 0 && m.literal().size() > limit) {
                throw CommandException.no(ResponseCode.TOOBIG, "Message too large (the limit is " + limit
                        + " octets)");
            }
            if (m.literal().size() == 0) {
                throw CommandException.no(null, "Message is empty");
            }
        }
        ImapStore.Resolved target = TargetMailbox.resolve(store, ctx.session(), request.mailbox());
        MessageStore messages = store.store().messages();
        List<Long> uids = new ArrayList<>();
        long uidValidity = 0;
        for (Message m : request.messages()) {
            Outcome outcome = appendOne(messages, target, m);
            AppendResult result = outcome.result();
            if (result instanceof AppendResult.Appended a) {
                uids.add(a.uid());
                uidValidity = a.uidValidity();
                continue;
            }
            undo(ctx, messages, target.internalName(), uids);
            if (result instanceof AppendResult.OverQuota) {
                throw CommandException.no(ResponseCode.OVERQUOTA, "Over quota");
            }
            if (result instanceof AppendResult.NoSuchMailbox) {
                throw CommandException.no(ResponseCode.TRYCREATE, "Mailbox does not exist");
            }
            if (outcome.refusal() != null && outcome.binary()) {
                // RFC 3516 §4.4: content the mailbox cannot store as sent (NUL, bare LF) is refused this way
                throw CommandException.no(UNKNOWN_CTE, outcome.refusal() + "; this server stores no binary content");
            }
            if (outcome.refusal() != null) {
                throw CommandException.no(null, outcome.refusal());
            }
            String reason = result instanceof AppendResult.Failed f ? f.reason() : result.toString();
            throw CommandException.no(ResponseCode.UNAVAILABLE, "The message could not be stored: " + reason);
        }
        ctx.ok(ResponseCode.of("APPENDUID", uidValidity + " " + UidSets.format(uids)), "Completed");
    }

    private static Outcome appendOne(MessageStore messages, ImapStore.Resolved target, Message m) {
        Set<String> flags = FlagRights.allowed(m.flags(), target.rights());
        Instant date = m.date() == null ? Instant.now() : m.date();
        try (StrictMessageStream in = new StrictMessageStream(m.literal().open())) {
            AppendResult result = messages.append(target.internalName(), in, flags, date);
            return new Outcome(result, in.violation(), m.literal().binary());
        } catch (IOException e) {
            return new Outcome(new AppendResult.Failed(target.internalName(), "cannot read the message: "
                    + e.getMessage()), null, false);
        }
    }

    /** Takes back the messages of a MULTIAPPEND that failed part-way. */
    private static void undo(CommandContext ctx, MessageStore messages, String mailbox, List<Long> uids) {
        if (uids.isEmpty()) {
            return;
        }
        try {
            messages.store(mailbox, uids, FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());
            messages.expunge(mailbox, Optional.of(uids));
        } catch (org.mailappliance.mailstore.StoreException e) {
            LOG.log(Level.WARNING, "MULTIAPPEND on " + ctx.session() + ": could not take back UIDs " + uids
                    + " of " + mailbox, e);
        }
    }
}
