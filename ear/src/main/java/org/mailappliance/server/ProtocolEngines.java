package org.mailappliance.server;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.imap.ImapEngine;
import org.mailappliance.lmtp.LmtpEngine;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.nntp.NntpEngine;
import org.mailappliance.pop3.Pop3Engine;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.guard.LoginGuard;
import org.mailappliance.sasl.identity.PasswordLogin;
import org.mailappliance.sasl.identity.UserIds;
import org.mailappliance.sasl.guard.LoginLimits;
import org.mailappliance.sasl.guard.LoginThrottle;
import org.mailappliance.sasl.pwcheck.PwcheckMethods;
import org.mailappliance.server.lmtp.StoreDeliveries;
import org.mailappliance.server.nntp.StoreNewsgroups;
import org.mailappliance.server.nntp.StoreNntpAuthenticator;
import org.mailappliance.server.pop3.StoreMaildrops;
import org.mailappliance.server.pop3.StorePop3Authenticator;
import org.mailappliance.server.sieve.StoreScriptStore;
import org.mailappliance.sieve.SieveEngine;

/** The protocol engines, built once per application start and shared by every MDB instance. */
public final class ProtocolEngines {

    private final ImapEngine imap;
    private final LmtpEngine lmtp;
    private final Pop3Engine pop3;
    private final NntpEngine nntp;
    private final SieveEngine sieve;

    private ProtocolEngines(ImapEngine imap, LmtpEngine lmtp, Pop3Engine pop3, NntpEngine nntp, SieveEngine sieve) {
        this.imap = imap;
        this.lmtp = lmtp;
        this.pop3 = pop3;
        this.nntp = nntp;
        this.sieve = sieve;
    }

    static ProtocolEngines create(ImapdConf conf, MailStore store) throws ConfigException {
        // sasl_pwcheck_method, per service name as saslauthd (and PAM behind it) sees it
        AccountPasswords accounts = new AccountPasswords(store.accounts());
        PwcheckMethods imapPasswords = PwcheckMethods.fromConfig(conf, accounts, "imap");
        PwcheckMethods popPasswords = PwcheckMethods.fromConfig(conf, accounts, "pop");
        PwcheckMethods lmtpPasswords = PwcheckMethods.fromConfig(conf, accounts, "lmtp");
        PwcheckMethods nntpPasswords = PwcheckMethods.fromConfig(conf, accounts, "nntp");
        PwcheckMethods sievePasswords = PwcheckMethods.fromConfig(conf, accounts, "sieve");
        // one throttle for every protocol: guesses spread over IMAP, POP3 and NNTP from one address still add up
        LoginThrottle throttle = LoginThrottle.fromConfig(conf);
        UserIds ids = UserIds.fromConfig(conf);
        return new ProtocolEngines(
                new ImapEngine(conf, new StoreAuthenticator(new PasswordLogin(ids, imapPasswords)),
                        new StoreCredentials(store, conf, ids, imapPasswords), store,
                        new LoginGuard(throttle, LoginLimits.fromConfig(conf))),
                new LmtpEngine(conf, new StoreDeliveries(store, conf),
                        Mechanisms.fromConfig(conf, new StoreCredentials(store, conf, ids, lmtpPasswords))),
                new Pop3Engine(conf,
                        new StoreMaildrops(store, conf.getDuration("popminpoll", Duration.ZERO, ChronoUnit.MINUTES)),
                        new StorePop3Authenticator(new PasswordLogin(ids, popPasswords)),
                        Mechanisms.fromConfig(conf, new StoreCredentials(store, conf, ids, popPasswords)),
                        new LoginGuard(throttle, LoginLimits.fromConfig(conf))),
                new NntpEngine(conf, new StoreNewsgroups(store, conf),
                        new StoreNntpAuthenticator(new PasswordLogin(ids, nntpPasswords)),
                        Mechanisms.fromConfig(conf, new StoreCredentials(store, conf, ids, nntpPasswords)), throttle),
                new SieveEngine(conf, new StoreScriptStore(store.sieveScripts()),
                        Mechanisms.fromConfig(conf, new StoreCredentials(store, conf, ids, sievePasswords)),
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

    public NntpEngine nntp() {
        return nntp;
    }

    public SieveEngine sieve() {
        return sieve;
    }
}
