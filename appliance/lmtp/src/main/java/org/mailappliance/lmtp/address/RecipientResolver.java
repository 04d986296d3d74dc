package org.mailappliance.lmtp.address;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mailappliance.lmtp.delivery.Recipient;
import org.mailappliance.sasl.identity.UserIds;
import org.mailappliance.sasl.identity.VirtDomains;

/**
 * Turns a RCPT path into a {@link Recipient} the way Cyrus lmtpd does: split the local part at the first {@code +}
 * into user and detail, lower-case the user part ({@code lmtp_downcase_rcpt}), keep or drop the domain according to
 * {@code virtdomains}, and treat {@code defaultdomain} as no domain ({@link UserIds}, the same rules logins follow,
 * so {@code RCPT TO:<alice@Example.com>} files into the mailbox {@code alice@example.com} reads).
 */
public final class RecipientResolver {
    private final boolean downcase;
    private final UserIds userIds;

    /**
     * @param downcase      {@code lmtp_downcase_rcpt}
     * @param virtDomains   {@code virtdomains}
     * @param defaultDomain {@code defaultdomain}, or null/empty for none
     */
    public RecipientResolver(boolean downcase, VirtDomains virtDomains, String defaultDomain) {
        this(downcase, new UserIds(virtDomains, defaultDomain, Set.of()));
    }

    /** @param downcase {@code lmtp_downcase_rcpt} */
    public RecipientResolver(boolean downcase, UserIds userIds) {
        this.downcase = downcase;
        this.userIds = Objects.requireNonNull(userIds, "userIds");
    }

    public Recipient resolve(MailPath path) {
        String local = path.localPart();
        int plus = local.indexOf('+');
        String user = plus < 0 ? local : local.substring(0, plus);
        String detail = plus < 0 ? "" : local.substring(plus + 1);
        if (downcase) {
            user = user.toLowerCase(Locale.ROOT);
        }
        return new Recipient(path.address(), user, detail.isEmpty() ? Optional.empty() : Optional.of(detail),
                userIds.domainOfAddress(path.domain()));
    }
}
