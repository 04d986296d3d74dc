package org.mailappliance.server;

import org.mailappliance.config.ImapdConf;
import org.mailappliance.imap.ImapEngine;
import org.mailappliance.mailstore.MailStore;

/** The protocol engines, built once per application start and shared by every MDB instance. */
public final class ProtocolEngines {

    private final ImapEngine imap;

    private ProtocolEngines(ImapEngine imap) {
        this.imap = imap;
    }

    static ProtocolEngines create(ImapdConf conf, MailStore store) {
        return new ProtocolEngines(new ImapEngine(conf, new StoreAuthenticator(store.accounts())));
    }

    public ImapEngine imap() {
        return imap;
    }
}
