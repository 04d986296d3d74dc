package org.mailappliance.sieve.command;

import org.mailappliance.sieve.parse.Argument;
import org.mailappliance.sieve.parse.Command;
import org.mailappliance.sieve.parse.CommandSyntaxException;

/** Checks a command's argument count and types, with replies fit for {@code NO}. */
final class Arguments {
    private Arguments() {
    }

    static void count(Command command, int min, int max) throws CommandSyntaxException {
        if (command.arity() < min || command.arity() > max) {
            throw new CommandSyntaxException(command.name() + ": wrong number of arguments");
        }
    }

    static Argument.Str string(Command command, int i) throws CommandSyntaxException {
        if (command.argument(i) instanceof Argument.Str s) {
            return s;
        }
        throw new CommandSyntaxException(command.name() + ": argument " + (i + 1) + " must be a string");
    }

    /** A short string (a name, a mechanism): never one of the unloaded oversize literals. */
    static String text(Command command, int i) throws CommandSyntaxException {
        Argument.Str s = string(command, i);
        if (!s.loaded()) {
            throw new CommandSyntaxException(command.name() + ": argument " + (i + 1) + " is too long");
        }
        return s.value();
    }

    static long number(Command command, int i) throws CommandSyntaxException {
        if (command.argument(i) instanceof Argument.Num n) {
            return n.value();
        }
        throw new CommandSyntaxException(command.name() + ": argument " + (i + 1) + " must be a number");
    }
}
