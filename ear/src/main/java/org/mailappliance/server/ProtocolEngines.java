package org.mailappliance.server;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.imap.ImapEngine;
import org.mailappliance.lmtp.LmtpEngine;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.nntp.NntpEngine;
import org.mailappliance.pop3.Pop3Engine;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.server.lmtp.StoreDeliveries;
import org.mailappliance.server.nntp.StoreNewsgroups;
import org.mailappliance.server.nntp.StoreNntpAuthenticator;
import org.mailappliance.server.pop3.StoreMaildrops;
import org.mailappliance.server.pop3.StorePop3Authenticator;

/** The protocol engines, built once per application start and shared by every MDB instance. */
public final class ProtocolEngines {

    private final ImapEngine imap;
    private final LmtpEngine lmtp;
    private final Pop3Engine pop3;
    private final NntpEngine nntp;

    private ProtocolEngines(ImapEngine imap, LmtpEngine lmtp, Pop3Engine pop3, NntpEngine nntp) {
        this.imap = imap;
        this.lmtp = lmtp;
        this.pop3 = pop3;
        this.nntp = nntp;
    }

    static ProtocolEngines create(ImapdConf conf, MailStore store) throws ConfigException {
        StoreCredentials credentials = new StoreCredentials(store.accounts(), conf);
        Mechanisms mechanisms = Mechanisms.fromConfig(conf, credentials);
        return new ProtocolEngines(
                new ImapEngine(conf, new StoreAuthenticator(store.accounts()), credentials, store),
                new LmtpEngine(conf, new StoreDeliveries(store, conf), mechanisms),
                new Pop3Engine(conf, new StoreMaildrops(store), new StorePop3Authenticator(store.accounts()),
                        mechanisms),
                new NntpEngine(conf, new StoreNewsgroups(store, conf), new StoreNntpAuthenticator(store.accounts()),
                        mechanisms));
    }

    public ImapEngine imap() {
        return imap;
    }

    public LmtpEngine lmtp() {
        return lmtp;
    }

    public Pop3Engine pop3() {
        return pop3;
    }

    public NntpEngine nntp() {
        return nntp;
    }
}
