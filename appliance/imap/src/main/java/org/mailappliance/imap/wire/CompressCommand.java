package org.mailappliance.imap.wire;

import java.util.Locale;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.Status;

/**
 * COMPRESS DEFLATE (RFC 4978), after login. The tagged OK is the last octet sent in the clear; then the adapter
 * deflates both directions (inside TLS when TLS is active). A second COMPRESS is {@code BAD [COMPRESSIONACTIVE]}, as
 * the RFC and Cyrus answer; the JDK's TLS never compresses, so there is no NO for compression by another layer.
 */
final class CompressCommand {
    static final String CAPABILITY = "COMPRESS=DEFLATE";
    private static final ResponseCode COMPRESSIONACTIVE = ResponseCode.of("COMPRESSIONACTIVE");

    private CompressCommand() {
    }

    static CommandDefinition<String> definition() {
        return new CommandDefinition<>("COMPRESS", CommandDefinition.AUTHENTICATED, r -> {
            r.space("compression mechanism");
            return r.atom("compression mechanism");
        }, (ctx, mechanism) -> {
            if (!mechanism.toUpperCase(Locale.ROOT).equals("DEFLATE")) {
                throw CommandException.bad("Unknown compression mechanism " + mechanism + " (only DEFLATE)");
            }
            if (ctx.session().connection().compressed()) {
                throw new CommandException(Status.BAD, COMPRESSIONACTIVE, "DEFLATE active via COMPRESS");
            }
            ctx.ok("DEFLATE active");
            ctx.out().flush();
            ctx.session().connection().startCompression();
        });
    }
}
