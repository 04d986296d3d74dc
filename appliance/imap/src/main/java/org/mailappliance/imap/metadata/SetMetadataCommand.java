package org.mailappliance.imap.metadata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.mailbox.WireNames;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;

/**
 * SETMETADATA (RFC 5464 §4.3): sets each entry, NIL removes it. Everything is checked before anything is stored, so
 * a refused command changes nothing: entry names (BAD), rights, whether the entry is defined (Cyrus's
 * {@code annotation_allow_undefined}), read-only entries, the value's form, {@code [METADATA MAXSIZE n]} and
 * {@code [METADATA TOOMANY]}.
 */
final class SetMetadataCommand {

    record Args(String wireMailbox, List<String> entries, List<String> values) {
    }

    private record Change(EntryName name, String value) {
    }

    private SetMetadataCommand() {
    }

    static CommandDefinition<Args> definition(ImapStore store, MetadataSettings settings) {
        return new CommandDefinition<>("SETMETADATA", CommandDefinition.AUTHENTICATED, SetMetadataCommand::parse,
                (context, args) -> run(store, settings, context, args));
    }

    static Args parse(ImapReader r) throws ParseException {
        r.space("mailbox name");
        String mailbox = r.astring("mailbox name");
        r.space("entry list");
        r.openList("entry list");
        List<String> entries = new ArrayList<>();
        List<String> values = new ArrayList<>();
        do {
            entries.add(r.astring("entry"));
            r.space("value");
            values.add(r.nstring("value"));
        } while (r.trySpace());
        r.closeList("entry list");
        return new Args(mailbox, entries, values);
    }

    static void run(ImapStore store, MetadataSettings settings, CommandContext context, Args args)
            throws CommandException {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (int i = 0; i < args.entries().size(); i++) {
            EntryName name;
            try {
                name = EntryName.parse(args.entries().get(i), false);
            } catch (ParseException e) {
                throw CommandException.bad(e.getMessage());
            }
            changes.put(name.name(), new Change(name, args.values().get(i)));
        }
        String external = args.wireMailbox().isEmpty() ? ""
                : WireNames.decode(context, args.wireMailbox(), store.naming().separator());
        MetadataTarget target = MetadataTarget.resolve(store, context, external);
        for (Change c : changes.values()) {
            check(target, settings, c);
        }
        checkCount(target, settings, changes, true);
        checkCount(target, settings, changes, false);
        try {
            for (Change c : changes.values()) {
                target.set(c.name().priv(), c.name().path(), c.value());
            }
        } catch (NoSuchMailboxException e) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist: " + external);
        }
    }

    private static void check(MetadataTarget target, MetadataSettings settings, Change c) throws CommandException {
        EntryName name = c.name();
        target.requireWritable(name.priv());
        EntryDefinitions.Definition definition = EntryDefinitions.find(target.server(), name.path());
        boolean defined = definition != null && (name.priv() ? definition.priv() : definition.shared());
        if (definition != null && definition.readOnly()) {
            throw CommandException.no(ResponseCode.CANNOT, name.name() + " is read-only");
        }
        if (!defined && !settings.allowUndefined()) {
            throw CommandException.no(ResponseCode.NOPERM, "Unknown entry " + name.name()
                    + " (this server stores only the entries it defines; see annotation_allow_undefined)");
        }
        if (c.value() == null) {
            return;
        }
        long size = c.value().getBytes(StandardCharsets.UTF_8).length;
        if (size > settings.maxSize()) {
            throw CommandException.no(ResponseCode.of("METADATA", "MAXSIZE " + settings.maxSize()),
                    "Value of " + name.name() + " is too long (" + size + " octets)");
        }
        String invalid = defined ? EntryDefinitions.checkValue(definition, c.value()) : null;
        if (invalid != null) {
            throw CommandException.no(null, "Invalid value for " + name.name() + ": " + invalid);
        }
    }

    /** Refuses the command if one scope would end up with more entries than {@code metadata_maxentries}. */
    private static void checkCount(MetadataTarget target, MetadataSettings settings, Map<String, Change> changes,
            boolean priv) throws CommandException {
        Map<String, String> after = new HashMap<>();
        boolean touched = false;
        for (Change c : changes.values()) {
            if (c.name().priv() == priv) {
                if (!touched) {
                    after.putAll(target.stored(priv));
                    touched = true;
                }
                if (c.value() == null) {
                    after.remove(c.name().path());
                } else {
                    after.put(c.name().path(), c.value());
                }
            }
        }
        if (touched && after.size() > settings.maxEntries()) {
            throw CommandException.no(ResponseCode.of("METADATA", "TOOMANY"), "Too many entries (at most "
                    + settings.maxEntries() + ")");
        }
    }
}
