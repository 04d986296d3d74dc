package org.mailappliance.server;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.imap.ImapEngine;
import org.mailappliance.lmtp.LmtpEngine;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.server.lmtp.StoreDeliveries;

/** The protocol engines, built once per application start and shared by every MDB instance. */
public final class ProtocolEngines {

    private final ImapEngine imap;
    private final LmtpEngine lmtp;

    private ProtocolEngines(ImapEngine imap, LmtpEngine lmtp) {
        this.imap = imap;
        this.lmtp = lmtp;
    }

    static ProtocolEngines create(ImapdConf conf, MailStore store) throws ConfigException {
        return new ProtocolEngines(
                new ImapEngine(conf, new StoreAuthenticator(store.accounts())),
                new LmtpEngine(conf, new StoreDeliveries(store, conf)));
    }

    public ImapEngine imap() {
        return imap;
    }

    public LmtpEngine lmtp() {
        return lmtp;
    }
}
