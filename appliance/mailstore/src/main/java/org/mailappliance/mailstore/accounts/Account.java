package org.mailappliance.mailstore.accounts;

import java.time.Instant;

/** What may be shown about an account; the credentials stay behind {@link Accounts#scramCredentials}. */
public record Account(String login, Instant created, Instant passwordChanged, boolean disabled) {
}
