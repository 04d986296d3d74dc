package org.mailappliance.mailstore.message;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A message's flags: system flags as Cyrus's bit mask, keywords (user flags) by name.
 * {@code \Recent} is session state, not stored; it is ignored here.
 */
public record Flags(int systemBits, Set<String> keywords) {
    public static final Flags NONE = new Flags(0, Set.of());
    private static final int ALL_BITS = 31;

    public Flags {
        if ((systemBits & ~ALL_BITS) != 0) {
            throw new IllegalArgumentException("unknown system flag bits " + systemBits);
        }
        keywords = Set.copyOf(new TreeSet<>(keywords));
    }

    /** Splits IMAP flag names into system bits and keywords; {@code \Recent} and other backslash names are dropped. */
    public static Flags of(Collection<String> names) {
        int bits = 0;
        Set<String> keywords = new TreeSet<>();
        for (String name : names) {
            var system = SystemFlag.of(name);
            if (system.isPresent()) {
                bits |= system.get().bit();
            } else if (!name.startsWith("\\") && !name.isEmpty()) {
                keywords.add(name);
            }
        }
        return new Flags(bits, keywords);
    }

    public boolean has(SystemFlag flag) {
        return (systemBits & flag.bit()) != 0;
    }

    /** IMAP names: system flags first in Cyrus's order, then keywords sorted. */
    public Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        for (SystemFlag f : SystemFlag.values()) {
            if (has(f)) {
                out.add(f.imapName());
            }
        }
        out.addAll(new TreeSet<>(keywords));
        return out;
    }

    /** The flags after a STORE of {@code given} with {@code op}. */
    public Flags apply(FlagOperation op, Flags given) {
        return switch (op) {
            case REPLACE -> given;
            case ADD -> {
                Set<String> k = new TreeSet<>(keywords);
                k.addAll(given.keywords);
                yield new Flags(systemBits | given.systemBits, k);
            }
            case REMOVE -> {
                Set<String> k = new TreeSet<>(keywords);
                k.removeAll(given.keywords);
                yield new Flags(systemBits & ~given.systemBits, k);
            }
        };
    }
}
