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

    /** NNTP with nntplib: groups from shared mailboxes, anonymous and authenticated reading and posting, IMAP sees the posts. */
    @Test
    void packagedApplianceServesNntpReadersAndPosters() throws Exception {
        PythonScript.run("nntp_appliance_test.py", 10);
    }

    /** kill -9 during 8 concurrent LMTP deliveries, three times: every acknowledged message survives byte-exact. */
    @Test
    void acknowledgedDeliveriesSurviveKillMinusNine() throws Exception {
        PythonScript.run("lmtp_crash_test.py", 20, "--rounds", "3");
    }
}
