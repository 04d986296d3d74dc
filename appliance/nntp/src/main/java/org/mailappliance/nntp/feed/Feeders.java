package org.mailappliance.nntp.feed;

import java.net.InetSocketAddress;
import org.mailappliance.nntp.session.NntpSession;
import org.mailappliance.nntp.session.NntpSettings;

/**
 * Who may feed articles (IHAVE, MODE STREAM, CHECK, TAKETHIS): nobody unless {@code newspeer} is set; then a client
 * connecting from one of the peer host's addresses, or a logged-in admin ({@code admins}). Everybody else gets 502.
 */
public final class Feeders {
    private final PeerAddresses addresses;

    public Feeders(PeerAddresses addresses) {
        this.addresses = addresses;
    }

    public boolean allowed(NntpSession s) {
        NntpSettings settings = s.settings();
        if (settings.newsPeer() == null) {
            return false;
        }
        if (s.authenticated() && settings.admins().contains(s.userid())) {
            return true;
        }
        return s.connection().remoteAddress() instanceof InetSocketAddress client && client.getAddress() != null
                && addresses.matches(settings.newsPeer().host(), client.getAddress());
    }
}
