package org.mailappliance.imap.command;

import java.util.List;
import org.mailappliance.imap.session.ImapSession;

/**
 * Adds the capabilities one feature advertises, depending on the session (state, TLS, settings): the capability
 * list is computed anew for every CAPABILITY response, greeting and login, so it follows STARTTLS and LOGIN.
 */
@FunctionalInterface
public interface CapabilitySource {

    void contribute(ImapSession session, List<String> capabilities);
}
