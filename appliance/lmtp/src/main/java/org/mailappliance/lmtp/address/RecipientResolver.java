package org.mailappliance.lmtp.address;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.mailappliance.lmtp.delivery.Recipient;

/**
 * Turns a RCPT path into a {@link Recipient} the way Cyrus lmtpd does: split the local part at the first {@code +}
 * into user and detail, lower-case the user part ({@code lmtp_downcase_rcpt}), keep or drop the domain according to
 * {@code virtdomains}, and treat {@code defaultdomain} as no domain.
 */
public final class RecipientResolver {
    private final boolean downcase;
    private final VirtDomains virtDomains;
    private final String defaultDomain;

    /**
     * @param downcase      {@code lmtp_downcase_rcpt}
     * @param virtDomains   {@code virtdomains}
     * @param defaultDomain {@code defaultdomain}, or null/empty for none
     */
    public RecipientResolver(boolean downcase, VirtDomains virtDomains, String defaultDomain) {
        this.downcase = downcase;
        this.virtDomains = Objects.requireNonNull(virtDomains, "virtDomains");
        this.defaultDomain = defaultDomain == null || defaultDomain.isBlank() ? null
                : defaultDomain.trim().toLowerCase(Locale.ROOT);
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
                domain(path.domain()));
    }

    private Optional<String> domain(String domain) {
        if (domain == null || virtDomains == VirtDomains.OFF) {
            return Optional.empty();
        }
        String d = domain.toLowerCase(Locale.ROOT);
        return d.equals(defaultDomain) ? Optional.empty() : Optional.of(d);
    }
}
