package org.mailappliance.imap.metadata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.mailbox.WireNames;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.ResponseLine;

/**
 * GETMETADATA (RFC 5464 §4.2) with the MAXSIZE and DEPTH options: one {@code * METADATA} line with every value
 * found. An entry the server defines, named exactly, that has no value is answered with NIL (as Cyrus does for the
 * entries it knows); other names, and entries reached by DEPTH or a wildcard, are listed only when they have a value. Values longer than MAXSIZE are
 * left out and the longest one left out is reported as {@code OK [METADATA LONGENTRIES n]}.
 */
final class GetMetadataCommand {

    /** @param depth 0, 1, or -1 for infinity */
    record Args(Long maxSize, int depth, String wireMailbox, List<String> entries) {
    }

    private GetMetadataCommand() {
    }

    static CommandDefinition<Args> definition(ImapStore store) {
        return new CommandDefinition<>("GETMETADATA", CommandDefinition.AUTHENTICATED, GetMetadataCommand::parse,
                (context, args) -> run(store, context, args));
    }

    static Args parse(ImapReader r) throws ParseException {
        r.space("mailbox name");
        Long maxSize = null;
        Integer depth = null;
        if (r.tryOpenList()) {
            do {
                String option = r.atom("option").toUpperCase(Locale.ROOT);
                r.space(option.toLowerCase(Locale.ROOT) + " value");
                switch (option) {
                    case "MAXSIZE" -> {
                        if (maxSize != null) {
                            throw new ParseException("MAXSIZE is given twice");
                        }
                        maxSize = r.number("MAXSIZE value");
                    }
                    case "DEPTH" -> {
                        if (depth != null) {
                            throw new ParseException("DEPTH is given twice");
                        }
                        depth = depth(r.atom("DEPTH value"));
                    }
                    default -> throw new ParseException("Unknown GETMETADATA option " + option);
                }
            } while (r.trySpace());
            r.closeList("options");
            r.space("mailbox name");
        }
        String mailbox = r.astring("mailbox name");
        r.space("entries");
        List<String> entries = new ArrayList<>();
        if (r.tryOpenList()) {
            do {
                entries.add(r.astring("entry"));
            } while (r.trySpace());
            r.closeList("entries");
        } else {
            entries.add(r.astring("entry"));
        }
        return new Args(maxSize, depth == null ? 0 : depth, mailbox, entries);
    }

    private static int depth(String value) throws ParseException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "0" -> 0;
            case "1" -> 1;
            case "infinity" -> -1;
            default -> throw new ParseException("DEPTH must be 0, 1 or infinity, not " + value);
        };
    }

    private static boolean defined(MetadataTarget target, EntryName name) {
        EntryDefinitions.Definition d = EntryDefinitions.find(target.server(), name.path());
        return d != null && (name.priv() ? d.priv() : d.shared());
    }

    static void run(ImapStore store, CommandContext context, Args args) throws CommandException {
        List<EntryName> requested = new ArrayList<>();
        for (String entry : args.entries()) {
            try {
                requested.add(EntryName.parse(entry, true));
            } catch (ParseException e) {
                throw CommandException.bad(e.getMessage());
            }
        }
        String external = args.wireMailbox().isEmpty() ? ""
                : WireNames.decode(context, args.wireMailbox(), store.naming().separator());
        MetadataTarget target = MetadataTarget.resolve(store, context, external);
        Map<Boolean, Map<String, String>> scopes = new LinkedHashMap<>();
        Map<String, String> found = new LinkedHashMap<>();
        for (EntryName name : requested) {
            Map<String, String> values = scopes.computeIfAbsent(name.priv(), target::values);
            if (!name.hasWildcard() && !found.containsKey(name.name())
                    && (values.containsKey(name.name()) || defined(target, name))) {
                found.put(name.name(), values.get(name.name()));
            }
            values.forEach((entry, value) -> {
                if (name.selects(entry, args.depth())) {
                    found.putIfAbsent(entry, value);
                }
            });
        }
        long longest = 0;
        ResponseLine line = null;
        for (Map.Entry<String, String> e : found.entrySet()) {
            String value = e.getValue();
            if (value != null && args.maxSize() != null) {
                long size = value.getBytes(StandardCharsets.UTF_8).length;
                if (size > args.maxSize()) {
                    longest = Math.max(longest, size);
                    continue;
                }
            }
            if (line == null) {
                line = context.out().untagged().atom("METADATA")
                        .astring(external.isEmpty() ? "" : WireNames.encode(context, external)).open();
            }
            line.astring(e.getKey()).nstring(value);
        }
        if (line != null) {
            line.close().end();
        }
        if (longest > 0) {
            context.ok(ResponseCode.of("METADATA", "LONGENTRIES " + longest), "GETMETADATA completed");
        }
    }
}
