package org.mailappliance.imap.command;

/**
 * Runs a command whose arguments were decoded. Writes untagged data through {@link CommandContext#out()}, ends with
 * {@link CommandContext#ok}, or throws {@link CommandException} for NO/BAD; returning without a completion answers
 * {@code tag OK <NAME> completed}.
 */
@FunctionalInterface
public interface CommandHandler<A> {

    void handle(CommandContext context, A arguments) throws CommandException;
}
