package org.mailappliance.sieve.parse;

import java.util.List;

/** A decoded command: its name in upper case and its arguments. */
public record Command(String name, List<Argument> arguments) {
    public Command {
        arguments = List.copyOf(arguments);
    }

    public int arity() {
        return arguments.size();
    }

    public Argument argument(int i) {
        return arguments.get(i);
    }
}
