package org.mailappliance.sasl.pwcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.sasl.PasswordCheck;

/** Against the real saslauthd of Debian's sasl2-bin, checking users of /etc/sasldb2 (its sasldb module). */
class SaslauthdVerifierTest {
    @TempDir
    Path dir;

    @Test
    void theRealSaslauthdAcceptsTheRightPasswordOnly() throws Exception {
        String user = "pwcheck" + UUID.randomUUID().toString().substring(0, 8);
        ExternalDaemon.run(List.of("/usr/sbin/saslpasswd2", "-c", "-p", "-u", "", user), "pass word\u00e9");
        Path mux = dir.resolve("mux");
        // saslauthd signals its whole process group when it exits: setsid keeps Maven out of that group
        try (ExternalDaemon daemon = ExternalDaemon.start(List.of("/usr/bin/setsid", "/usr/sbin/saslauthd", "-a",
                "sasldb", "-m", dir.toString(), "-n", "0", "-d"), dir.resolve("saslauthd.log"), () -> Files.exists(mux))) {
            SaslauthdVerifier v = new SaslauthdVerifier(mux, "imap", "");

            assertThat(v.verify(user, "pass word\u00e9".toCharArray())).isEqualTo(PasswordCheck.OK);
            assertThat(v.verify(user, "pass word".toCharArray())).isEqualTo(PasswordCheck.BAD);
            assertThat(v.verify("nosuch" + user, "pass word\u00e9".toCharArray())).isEqualTo(PasswordCheck.BAD);

            PwcheckMethods chain = PwcheckMethods.fromConfig(ImapdConf.of(java.util.Map.of(
                    "sasl_pwcheck_method", "auxprop saslauthd", "sasl_saslauthd_path", mux.toString())),
                    (login, password) -> PasswordCheck.BAD, "imap");
            assertThat(chain.verify(user, "pass word\u00e9".toCharArray())).as("auxprop says no, saslauthd yes")
                    .isEqualTo(PasswordCheck.OK);
        } finally {
            ExternalDaemon.run(List.of("/usr/sbin/saslpasswd2", "-d", "-u", "", user), null);
        }
        assertThat(new SaslauthdVerifier(mux, "imap", "").verify(user, "x".toCharArray()))
                .as("saslauthd down is a temporary failure, not a wrong password").isEqualTo(PasswordCheck.UNAVAILABLE);
    }
}
