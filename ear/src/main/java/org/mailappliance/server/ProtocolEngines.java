package org.mailappliance.server;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.imap.ImapEngine;
import org.mailappliance.lmtp.LmtpEngine;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.pop3.Pop3Engine;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.server.lmtp.StoreDeliveries;
import org.mailappliance.server.pop3.StoreMaildrops;
import org.mailappliance.server.pop3.StorePop3Authenticator;
import org.mailappliance.sasl.guard.LoginGuard;
import org.mailappliance.sasl.guard.LoginLimits;
import org.mailappliance.sasl.guard.LoginThrottle;
import org.mailappliance.sasl.pwcheck.PwcheckMethods;

/** The protocol engines, built once per application start and shared by every MDB instance. */
public final class ProtocolEngines {

    private final ImapEngine imap;
    private final LmtpEngine lmtp;
    private final Pop3Engine pop3;

    private ProtocolEngines(ImapEngine imap, LmtpEngine lmtp, Pop3Engine pop3) {
        this.imap = imap;
        this.lmtp = lmtp;
        this.pop3 = pop3;
    }

    static ProtocolEngines create(ImapdConf conf, MailStore store) throws ConfigException {
        // sasl_pwcheck_method, per service name as saslauthd (and PAM behind it) sees it
        AccountPasswords accounts = new AccountPasswords(store.accounts());
        PwcheckMethods imapPasswords = PwcheckMethods.fromConfig(conf, accounts, "imap");
        PwcheckMethods popPasswords = PwcheckMethods.fromConfig(conf, accounts, "pop");
        PwcheckMethods lmtpPasswords = PwcheckMethods.fromConfig(conf, accounts, "lmtp");
        // one throttle for every protocol: guesses spread over IMAP and POP3 from one address still add up
        LoginThrottle throttle = LoginThrottle.fromConfig(conf);
        return new ProtocolEngines(
                new ImapEngine(conf, new StoreAuthenticator(imapPasswords),
                        new StoreCredentials(store.accounts(), conf, imapPasswords), store,
                        new LoginGuard(throttle, LoginLimits.fromConfig(conf))),
                new LmtpEngine(conf, new StoreDeliveries(store, conf),
                        Mechanisms.fromConfig(conf, new StoreCredentials(store.accounts(), conf, lmtpPasswords))),
                new Pop3Engine(conf, new StoreMaildrops(store), new StorePop3Authenticator(popPasswords),
                        Mechanisms.fromConfig(conf, new StoreCredentials(store.accounts(), conf, popPasswords)),
                        new LoginGuard(throttle, LoginLimits.fromConfig(conf))));
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
}
