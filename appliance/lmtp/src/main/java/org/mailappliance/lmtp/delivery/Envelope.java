package org.mailappliance.lmtp.delivery;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.mailappliance.lmtp.address.MailPath;

/**
 * What MAIL FROM said.
 *
 * @param sender        the reverse-path; {@link MailPath#NULL} for {@code <>} (bounces)
 * @param declaredSize  the {@code SIZE=} parameter (RFC 1870), if given; already checked against maxmessagesize
 * @param body          the {@code BODY=} parameter
 * @param authorization the {@code AUTH=} identity (RFC 4954 §5, xtext decoded), if given and not {@code <>}. Cyrus
 *                      uses it as the identity whose rights ({@code p}) decide whether a {@code +detail} folder may
 *                      be used; without it, as anonymous
 */
public record Envelope(MailPath sender, OptionalLong declaredSize, BodyType body, Optional<String> authorization) {

    public Envelope {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(declaredSize, "declaredSize");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(authorization, "authorization");
    }
}
