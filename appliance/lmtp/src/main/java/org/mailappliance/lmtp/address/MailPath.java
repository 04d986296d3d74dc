package org.mailappliance.lmtp.address;

import java.util.Objects;

/**
 * An RFC 5321 path without its angle brackets and source route: a local part and an optional domain, or the null
 * reverse-path {@code <>}.
 *
 * @param localPart the local part as the mailbox means it: a quoted-string is stored unquoted with its backslash
 *                  escapes resolved; empty only for the null path
 * @param domain    the domain or address literal (such as {@code [192.0.2.1]}) as written, or null when the path has
 *                  no {@code @domain} (LMTP clients may address local users that way, as Cyrus allows)
 */
public record MailPath(String localPart, String domain) {

    /** The null reverse-path {@code <>} (bounces). */
    public static final MailPath NULL = new MailPath("", null);

    public MailPath {
        Objects.requireNonNull(localPart, "localPart");
    }

    public boolean isNull() {
        return localPart.isEmpty() && domain == null;
    }

    /** The address in RFC 5321 form without brackets: the local part quoted again when it needs quoting. */
    public String address() {
        if (isNull()) {
            return "";
        }
        String local = DotString.isDotString(localPart) ? localPart : DotString.quote(localPart);
        return domain == null ? local : local + "@" + domain;
    }

    /** The path with brackets, such as {@code <alice@example.org>} or {@code <>}. */
    @Override
    public String toString() {
        return "<" + address() + ">";
    }
}
