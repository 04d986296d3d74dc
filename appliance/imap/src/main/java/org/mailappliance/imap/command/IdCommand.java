package org.mailappliance.imap.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseLine;
import org.mailappliance.imap.session.ImapSettings;

/** ID (RFC 2971): logs what the client says about itself and answers with as much as {@code serverinfo} allows. */
final class IdCommand {
    private static final Logger LOG = Logger.getLogger(IdCommand.class.getName());
    /** RFC 2971 §3.3 limits. */
    private static final int MAX_PAIRS = 30;
    private static final int MAX_FIELD = 30;
    private static final int MAX_VALUE = 1024;

    private IdCommand() {
    }

    static CommandDefinition<Map<String, String>> definition() {
        return new CommandDefinition<>("ID", CommandDefinition.ANY_STATE, IdCommand::parse, (ctx, clientId) -> {
            if (clientId != null && !clientId.isEmpty()) {
                LOG.fine(() -> ctx.session() + " client ID " + clientId);
            }
            ImapSettings s = ctx.session().settings();
            ResponseLine line = ctx.out().untagged().atom("ID");
            switch (s.serverInfo()) {
                case OFF -> line.nil();
                case MIN -> line.open().string("name").string(s.product()).close();
                case ON -> line.open().string("name").string(s.product())
                        .string("version").string(s.version()).close();
                default -> throw new IllegalStateException("unknown serverinfo " + s.serverInfo());
            }
            line.end();
            ctx.ok("ID completed");
        });
    }

    /** {@code ID SP ( NIL / "(" string SP nstring *(SP string SP nstring) ")" )}; null for NIL. */
    static Map<String, String> parse(ImapReader r) throws ParseException {
        r.space("ID parameter list");
        if (r.tryNil()) {
            return null;
        }
        r.openList("ID parameter list");
        Map<String, String> fields = new LinkedHashMap<>();
        if (r.tryCloseList()) {
            throw new ParseException("Empty ID parameter list; send NIL instead");
        }
        do {
            String field = r.string("ID field name");
            r.space("ID field value");
            String value = r.nstring("ID field value");
            if (field.length() > MAX_FIELD || (value != null && value.length() > MAX_VALUE)) {
                throw new ParseException("ID field name or value too long");
            }
            if (fields.put(field.toLowerCase(java.util.Locale.ROOT), value) != null) {
                throw new ParseException("ID field '" + field + "' given twice");
            }
            if (fields.size() > MAX_PAIRS) {
                throw new ParseException("Too many ID fields (at most " + MAX_PAIRS + ")");
            }
        } while (r.trySpace());
        r.closeList("ID parameter list");
        return fields;
    }
}
