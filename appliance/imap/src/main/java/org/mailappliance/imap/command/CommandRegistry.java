package org.mailappliance.imap.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mailappliance.imap.session.ImapSession;

/**
 * The dispatch table: commands by name and the capability sources, in the order they are advertised. Filled once at
 * start-up, then only read (from many threads), so it is not modified after the engine is built.
 */
public final class CommandRegistry {
    private final Map<String, CommandDefinition<?>> commands = new LinkedHashMap<>();
    private final List<CapabilitySource> capabilitySources = new ArrayList<>();

    /** Adds a command; a second definition with the same name is a programming error. */
    public CommandRegistry register(CommandDefinition<?> definition) {
        if (commands.putIfAbsent(definition.name(), definition) != null) {
            throw new IllegalArgumentException("command registered twice: " + definition.name());
        }
        return this;
    }

    /** Adds capabilities after those already registered. */
    public CommandRegistry advertise(CapabilitySource source) {
        capabilitySources.add(source);
        return this;
    }

    public Optional<CommandDefinition<?>> lookup(String name) {
        return Optional.ofNullable(commands.get(name.toUpperCase(Locale.ROOT)));
    }

    /**
     * The capability list for the session as it is now. An extension with several halves (SAVEDATE: a FETCH item
     * and a SEARCH key) is contributed by each of them and listed once.
     */
    public List<String> capabilities(ImapSession session) {
        List<String> caps = new ArrayList<>();
        for (CapabilitySource source : capabilitySources) {
            source.contribute(session, caps);
        }
        return List.copyOf(new java.util.LinkedHashSet<>(caps));
    }
}
