package org.mailappliance.lmtp.delivery;

import java.util.Objects;
import java.util.Optional;

/**
 * A recipient as the engine understood it, ready for mailbox lookup. Built from {@code RCPT TO:<user[+detail][@domain]>}
 * by {@code RecipientResolver}: the local part is split at its first {@code +}; the user part is lower-cased when
 * {@code lmtp_downcase_rcpt} is on (the default); the domain is kept only with {@code virtdomains} {@code userid} or
 * {@code on}, lower-cased, and dropped when it equals {@code defaultdomain}.
 *
 * @param address the address as the client gave it (without brackets), for logs and Received/Delivered-To headers
 * @param user    the user part, possibly empty ({@code +shared.folder} addresses a shared folder through
 *                {@code postuser}; an empty user without detail is unknown)
 * @param detail  the part after the first {@code +}, as given (case kept, not yet a mailbox name: the separator is the
 *                configured hierarchy separator and non-ASCII needs modified UTF-7 encoding); empty when the local
 *                part has no {@code +} or nothing after it
 * @param domain  the domain when virtual domains are in force and it is not the default domain, lower-case
 */
public record Recipient(String address, String user, Optional<String> detail, Optional<String> domain) {

    public Recipient {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(domain, "domain");
    }

    /** The Cyrus userid: {@code user} or {@code user@domain}. */
    public String userid() {
        return domain.map(d -> user + "@" + d).orElse(user);
    }

    @Override
    public String toString() {
        return userid() + detail.map(d -> " +" + d).orElse("");
    }
}
