package org.mailappliance.lmtp.delivery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.mailappliance.connector.api.Literal;
import org.mailappliance.lmtp.address.MailPath;

/**
 * The message of one DATA command: the client's octets exactly as received (dot-unstuffed by the adapter, terminator
 * removed; small ones in memory, large ones spooled to a file) plus the {@code Return-Path:} trace field the stored
 * message must start with.
 *
 * <p>The engine does not change the octets: the port writes the stored message, so it adds the trace field while
 * staging. Use {@link #openWithReturnPath()} to stream the final message: it is the Return-Path field followed by the
 * client's octets without any Return-Path field of their own (Cyrus drops those too). Never read the data into one array: it can be as large as maxmessagesize.
 * Valid only during the {@link Deliveries#deliver} call unless claimed with {@code raw().moveTo(path)}.
 */
public final class MessageData {
    private final Literal raw;
    private final String returnPathField;

    /**
     * @param raw        the data literal
     * @param sender     the envelope sender
     * @param serverName {@code servername}: Cyrus qualifies a sender without domain with it
     */
    public MessageData(Literal raw, MailPath sender, String serverName) {
        this.raw = Objects.requireNonNull(raw, "raw");
        this.returnPathField = returnPathField(sender, serverName);
    }

    /** {@code Return-Path: <sender>} with CRLF; {@code <>} for the null sender, {@code <user@servername>} without domain. */
    static String returnPathField(MailPath sender, String serverName) {
        String address = sender.isNull() ? ""
                : sender.domain() == null ? new MailPath(sender.localPart(), serverName).address() : sender.address();
        return "Return-Path: <" + address + ">\r\n";
    }

    /** The client's octets, untouched. */
    public Literal raw() {
        return raw;
    }

    /** Size of the client's octets. */
    public long rawSize() {
        return raw.size();
    }

    /** The trace field to put first, with CRLF. */
    public String returnPathField() {
        return returnPathField;
    }

    /**
     * A stream of the message to store: the Return-Path field, then the client's octets minus the Return-Path fields
     * of their header. Its length is known only once read (count while staging). The caller closes it.
     */
    public InputStream openWithReturnPath() throws IOException {
        return new SequenceInputStream(
                new ByteArrayInputStream(returnPathField.getBytes(StandardCharsets.US_ASCII)),
                new ReturnPathFilter(raw.open()));
    }
}
