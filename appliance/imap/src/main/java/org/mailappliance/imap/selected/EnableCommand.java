package org.mailappliance.imap.selected;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.response.ResponseLine;
import org.mailappliance.imap.session.SessionState;

/**
 * ENABLE (RFC 5161), valid in the authenticated state only. Of the extensions that need enabling, this server
 * supports IMAP4rev2 (no RECENT responses and no \Recent flag afterwards), CONDSTORE and QRESYNC (RFC 7162) and
 * UTF8=ACCEPT (RFC 6855: mailbox names in UTF-8 both ways, 8-bit quoted strings, APPEND UTF8 (...)). Unknown names
 * are ignored, as the RFC requires.
 */
final class EnableCommand {
    static final Set<String> SUPPORTED = Set.of("IMAP4REV2", Condstore.CONDSTORE, Condstore.QRESYNC, "UTF8=ACCEPT");

    private EnableCommand() {
    }

    static CommandDefinition<List<String>> definition() {
        return new CommandDefinition<>("ENABLE", Set.of(SessionState.AUTHENTICATED), EnableCommand::parse,
                (ctx, names) -> {
                    ResponseLine line = ctx.out().untagged().atom("ENABLED");
                    for (String name : names) {
                        String upper = name.toUpperCase(Locale.ROOT);
                        if (SUPPORTED.contains(upper) && !ctx.session().isEnabled(upper)) {
                            ctx.session().enable(upper);
                            line.atom(name);
                            if (upper.equals(Condstore.QRESYNC)) {
                                // RFC 7162 §3.2.3: QRESYNC implies CONDSTORE (not listed unless asked for)
                                ctx.session().enable(Condstore.CONDSTORE);
                            }
                            if (upper.equals("UTF8=ACCEPT") || upper.equals("IMAP4REV2")) {
                                // responses may quote 8-bit strings from now on (the reader follows the session);
                                // IMAP4rev2 names mailboxes in UTF-8 as UTF8=ACCEPT does (RFC 9051 §5.1)
                                ctx.out().utf8(true);
                            }
                        }
                    }
                    line.end();
                    ctx.ok("Completed");
                });
    }

    static List<String> parse(ImapReader r) throws org.mailappliance.imap.parse.ParseException {
        List<String> names = new ArrayList<>();
        r.space("capability");
        do {
            names.add(r.atom("capability"));
        } while (r.trySpace());
        return names;
    }
}
