package org.mailappliance.pop3.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.pop3.port.MaildropMessage;
import org.mailappliance.pop3.session.Pop3Session;
import org.mailappliance.pop3.session.Scan;
import org.mailappliance.pop3.stream.DotStuffer;
import org.mailappliance.pop3.stream.MessageSender;

/** The TRANSACTION state (RFC 1939 §5): STAT, LIST, RETR, TOP, DELE, NOOP, RSET, UIDL, with Cyrus's replies. */
final class TransactionCommands {
    private static final Logger LOG = Logger.getLogger(TransactionCommands.class.getName());

    void handle(Pop3Session session, CommandLine command) {
        Connection c = session.connection();
        Scan scan = session.scan();
        switch (command.verb()) {
            case "STAT" -> {
                if (command.hasArgument()) {
                    Reply.err(c, "Unexpected extra argument");
                } else {
                    Reply.ok(c, scan.liveCount() + " " + scan.liveOctets());
                }
            }
            case "LIST" -> list(session, command);
            case "UIDL" -> uidl(session, command);
            case "RETR" -> {
                if (!command.hasArgument()) {
                    Reply.err(c, "Missing argument");
                } else {
                    messageNumber(session, command.argument())
                            .ifPresent(n -> send(session, n, DotStuffer.ALL_LINES));
                }
            }
            case "TOP" -> top(session, command);
            case "DELE" -> {
                if (!command.hasArgument()) {
                    Reply.err(c, "Missing argument");
                } else {
                    messageNumber(session, command.argument()).ifPresent(n -> {
                        scan.delete(n);
                        Reply.ok(c, "message deleted");
                    });
                }
            }
            case "NOOP" -> {
                if (command.hasArgument()) {
                    Reply.err(c, "Unexpected extra argument");
                } else {
                    Reply.ok(c, "");
                }
            }
            case "RSET" -> {
                if (command.hasArgument()) {
                    Reply.err(c, "Unexpected extra argument");
                } else {
                    scan.undeleteAll();
                    Reply.ok(c, "");
                }
            }
            default -> Reply.err(c, "Unrecognized command");
        }
    }

    private static void list(Pop3Session session, CommandLine command) {
        Connection c = session.connection();
        Scan scan = session.scan();
        if (command.hasArgument()) {
            messageNumber(session, command.argument())
                    .ifPresent(n -> Reply.ok(c, n + " " + scan.live(n).orElseThrow().size()));
            return;
        }
        Reply.ok(c, "scan listing follows");
        for (long n = 1; n <= scan.size(); n++) {
            long number = n;
            scan.live(n).ifPresent(m -> Reply.line(c, number + " " + m.size()));
        }
        Reply.end(c);
    }

    private static void uidl(Pop3Session session, CommandLine command) {
        Connection c = session.connection();
        Scan scan = session.scan();
        var format = session.settings().uidlFormat();
        if (command.hasArgument()) {
            messageNumber(session, command.argument())
                    .ifPresent(n -> Reply.ok(c, n + " " + format.uniqueId(scan.live(n).orElseThrow())));
            return;
        }
        Reply.ok(c, "unique-id listing follows");
        for (long n = 1; n <= scan.size(); n++) {
            long number = n;
            scan.live(n).ifPresent(m -> Reply.line(c, number + " " + format.uniqueId(m)));
        }
        Reply.end(c);
    }

    /** TOP msg n: as Cyrus, a missing line count is "Missing argument", a bad one "Invalid number of lines". */
    private static void top(Pop3Session session, CommandLine command) {
        Connection c = session.connection();
        String arg = command.hasArgument() ? command.argument() : "";
        Numbers.Parsed number = Numbers.parse(arg, Numbers.skipSpace(arg, 0));
        if (number == null || number.end() == arg.length()) {
            Reply.err(c, "Missing argument");
            return;
        }
        Numbers.Parsed lines = Numbers.parse(arg, Numbers.skipSpace(arg, number.end()));
        if (lines == null) {
            Reply.err(c, "Invalid number of lines");
        } else if (lines.end() != arg.length()) {
            Reply.err(c, "Unexpected extra argument");
        } else if (session.scan().live(number.value()).isEmpty()) {
            Reply.err(c, "No such message");
        } else {
            send(session, number.value(), lines.value());
        }
    }

    /** Cyrus parse_msgno: a number alone on the line naming a message not marked deleted, or an -ERR written. */
    private static Optional<Long> messageNumber(Pop3Session session, String arg) {
        Connection c = session.connection();
        Numbers.Parsed parsed = Numbers.parse(arg, Numbers.skipSpace(arg, 0));
        if (parsed == null) {
            Reply.err(c, "Not a number");
        } else if (parsed.end() != arg.length()) {
            Reply.err(c, "Unexpected extra argument");
        } else if (session.scan().live(parsed.value()).isEmpty()) {
            Reply.err(c, "No such message");
        } else {
            return Optional.of(parsed.value());
        }
        return Optional.empty();
    }

    /**
     * RETR and TOP. Once "+OK" is out, a read failure cannot be reported in-band any more: the connection is closed
     * so that the client does not take a truncated message for a whole one.
     */
    private static void send(Pop3Session session, long number, long bodyLines) {
        Connection c = session.connection();
        MaildropMessage message = session.scan().live(number).orElseThrow();
        InputStream in;
        try {
            in = Files.newInputStream(session.maildrop().file(message.uid()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "message uid " + message.uid() + " unreadable for " + session, e);
            Reply.err(c, "[SYS/PERM] Could not read message file");
            return;
        }
        Reply.ok(c, "Message follows");
        try (in) {
            MessageSender.send(in, bodyLines, c);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "sending message uid " + message.uid() + " failed for " + session, e);
            session.closing(true);
        }
    }
}
