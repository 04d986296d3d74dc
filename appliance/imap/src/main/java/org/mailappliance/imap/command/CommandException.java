package org.mailappliance.imap.command;

import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.Status;

/** Ends a command with a tagged NO or BAD, such as {@code NO [AUTHENTICATIONFAILED] Invalid credentials}. */
public final class CommandException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Status status;
    private final transient ResponseCode code;

    public CommandException(Status status, ResponseCode code, String text) {
        super(text);
        if (status != Status.NO && status != Status.BAD) {
            throw new IllegalArgumentException("a failed command ends with NO or BAD");
        }
        this.status = status;
        this.code = code;
    }

    public static CommandException no(ResponseCode code, String text) {
        return new CommandException(Status.NO, code, text);
    }

    public static CommandException bad(String text) {
        return new CommandException(Status.BAD, null, text);
    }

    public Status status() {
        return status;
    }

    public ResponseCode code() {
        return code;
    }
}
