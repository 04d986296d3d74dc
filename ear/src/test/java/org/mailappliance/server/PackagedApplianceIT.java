package org.mailappliance.server;

import org.junit.jupiter.api.Test;

/**
 * The packaged uber jar, started through bin/appliance with the development configuration, driven by real clients
 * (Python's imaplib and smtplib.LMTP, src/test/python).
 */
class PackagedApplianceIT {

    /** STARTTLS, IMAPS, LOGINDISABLED, the CLI tools, LMTP to several recipients, restart on the same data. */
    @Test
    void packagedApplianceServesImapAndLmtpAndSurvivesARestart() throws Exception {
        PythonScript.run("packaged_appliance_test.py", 15);
    }

    /**
     * IMAP with real clients: imaplib for every core command, IDLE pushes from LMTP and another session, the
     * conformance corpus (oracle.py; each answer equals Cyrus's or Dovecot's), mbsync up and back down.
     */
    @Test
    void realImapClientsWorkEndToEnd() throws Exception {
        PythonScript.run("imap_client_test.py", 15);
    }

    /**
     * COMPRESS=DEFLATE over IMAPS and after STARTTLS (imaplib with zlib, raw DEFLATE), BINARY on base64 and
     * quoted-printable parts and APPEND with a literal8, UTF8=ACCEPT names, OBJECTID ids across RENAME and COPY.
     */
    @Test
    void wireExtensionsWorkWithRealClients() throws Exception {
        PythonScript.run("wire_extensions_test.py", 10);
    }

    /**
     * Authentication with third-party clients: imtest/pop3test/lmtptest (SCRAM, PLAIN, proxy authorization),
     * openssl s_client (TLS 1.0/1.1 refused), saslauthd as a password back end and its outage, the throttle.
     */
    @Test
    void thirdPartyClientsAuthenticate() throws Exception {
        PythonScript.run("auth_clients_test.py", 10);
    }

    /**
     * Cyrus's cyradm as the admin: cm, lm, sam, lam, dam, sq, lq, lqr, mboxcfg, info, renm, dm; LMTP refused over the
     * quota set with sq; an ordinary user's cyradm gets only what its rights allow.
     */
    @Test
    void cyradmAdministersTheAppliance() throws Exception {
        PythonScript.run("cyradm_test.py", 10);
    }

    /** NNTP with nntplib: groups from shared mailboxes, anonymous and authenticated reading and posting, IMAP sees the posts. */
    @Test
    void packagedApplianceServesNntpReadersAndPosters() throws Exception {
        PythonScript.run("nntp_appliance_test.py", 10);
    }

    /**
     * ManageSieve (RFC 5804): a raw client for every command and response code, Cyrus's sivtest (STARTTLS + PLAIN,
     * SCRAM-SHA-256) and sieve-connect uploading, activating and downloading a script.
     */
    @Test
    void packagedApplianceServesManageSieve() throws Exception {
        PythonScript.run("managesieve_test.py", 10);
    }

    /** kill -9 during 8 concurrent LMTP deliveries, three times: every acknowledged message survives byte-exact. */
    @Test
    void acknowledgedDeliveriesSurviveKillMinusNine() throws Exception {
        PythonScript.run("lmtp_crash_test.py", 20, "--rounds", "3");
    }
}
