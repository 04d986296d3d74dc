package org.mailappliance.imap;

import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Violation;
import org.mailappliance.imap.parse.Tags;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.Status;
import org.mailappliance.imap.session.ImapSession;

/** Answers input the adapter could not frame within its limits. */
final class Violations {
    private Violations() {
    }

    static void answer(ImapSession session, Frame frame) {
        Violation violation = frame.violation();
        String tag = frame.lines().isEmpty() ? null : Tags.leadingTag(frame.lines().get(0));
        if (violation.fatal()) {
            // the adapter closes the connection once we return
            session.loggingOut();
            session.out().untagged(Status.BYE, ResponseCode.TOOBIG, fatalText(violation));
            return;
        }
        switch (violation) {
            case LITERAL_TOO_BIG -> reply(session, tag, Status.NO, ResponseCode.TOOBIG,
                    "Literal too large; the command was not run");
            case MALFORMED -> reply(session, tag, Status.BAD, null, "Malformed command: invalid literal marker");
            default -> reply(session, tag, Status.BAD, null, "Command rejected: " + violation);
        }
    }

    private static String fatalText(Violation violation) {
        return switch (violation) {
            case LINE_TOO_LONG -> "Command line too long";
            case LITERAL_TOO_BIG_FATAL -> "Non-synchronizing literal too large";
            case LITERAL_MINUS_TOO_BIG -> "Non-synchronizing literal larger than 4096 octets (LITERAL-)";
            default -> "Input limit exceeded";
        };
    }

    private static void reply(ImapSession session, String tag, Status status, ResponseCode code, String text) {
        if (tag == null) {
            session.out().untagged(status, code, text);
        } else {
            session.out().tagged(tag, status, code, text);
        }
    }
}
