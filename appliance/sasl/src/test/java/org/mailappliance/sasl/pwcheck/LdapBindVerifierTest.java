package org.mailappliance.sasl.pwcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.sasl.PasswordCheck;

/** Against a private instance of Debian's slapd (OpenLDAP), started for these tests on a free port. */
class LdapBindVerifierTest {
    @TempDir
    static Path dir;
    private static PrivateSlapd slapd;
    private static int port;

    @BeforeAll
    static void startSlapd() throws Exception {
        slapd = PrivateSlapd.start(dir, "");
        port = slapd.port;
    }

    @AfterAll
    static void stopSlapd() throws Exception {
        if (slapd != null) {
            slapd.close();
        }
    }

    private static LdapBindVerifier verifier(Map<String, String> extra) throws Exception {
        Map<String, String> conf = new java.util.HashMap<>(Map.of("ldap_servers", "ldap://127.0.0.1:" + port + "/",
                "ldap_search_base", "ou=people,dc=example,dc=org", "ldap_filter", "(uid=%U)"));
        conf.putAll(extra);
        return new LdapBindVerifier(LdapSettings.from(ImapdConf.of(conf)));
    }

    @Test
    void searchThenBindAcceptsTheRightPasswordOnly() throws Exception {
        LdapBindVerifier v = verifier(Map.of());
        assertThat(v.verify("alice", "alice secret".toCharArray())).isEqualTo(PasswordCheck.OK);
        assertThat(v.verify("alice@example.org", "alice secret".toCharArray())).as("%U is the local part")
                .isEqualTo(PasswordCheck.OK);
        assertThat(v.verify("alice", "bobpw".toCharArray())).isEqualTo(PasswordCheck.BAD);
        assertThat(v.verify("nobody", "x".toCharArray())).isEqualTo(PasswordCheck.BAD);
        assertThat(v.verify("alice", new char[0])).as("no unauthenticated bind").isEqualTo(PasswordCheck.BAD);
        assertThat(v.verify("*", "alice secret".toCharArray())).as("a wildcard login is a literal '*'")
                .isEqualTo(PasswordCheck.BAD);
        assertThat(v.verify("*)(uid=*", "bobpw".toCharArray())).isEqualTo(PasswordCheck.BAD);
    }

    @Test
    void aServiceIdentitySearchesAndFastbindSkipsTheSearch() throws Exception {
        LdapBindVerifier withDn = verifier(Map.of("ldap_bind_dn", "cn=search,dc=example,dc=org",
                "ldap_password", "searchpw"));
        assertThat(withDn.verify("bob", "bobpw".toCharArray())).isEqualTo(PasswordCheck.OK);
        LdapBindVerifier wrongService = verifier(Map.of("ldap_bind_dn", "cn=search,dc=example,dc=org",
                "ldap_password", "wrong"));
        assertThat(wrongService.verify("bob", "bobpw".toCharArray())).as("the service account cannot search")
                .isEqualTo(PasswordCheck.UNAVAILABLE);
        LdapBindVerifier fast = verifier(Map.of("ldap_auth_method", "fastbind",
                "ldap_filter", "uid=%U,ou=people,dc=example,dc=org"));
        assertThat(fast.verify("bob", "bobpw".toCharArray())).isEqualTo(PasswordCheck.OK);
        assertThat(fast.verify("bob", "nope".toCharArray())).isEqualTo(PasswordCheck.BAD);
    }

    @Test
    void aServerWithoutStartTlsIsATemporaryFailureAndNoBindIsTriedInClear() throws Exception {
        LdapBindVerifier v = verifier(Map.of("ldap_start_tls", "yes"));
        long before = slapd.logSize();
        assertThat(v.verify("bob", "bobpw".toCharArray())).isEqualTo(PasswordCheck.UNAVAILABLE);
        assertThat(slapd.logSince(before)).as("slapd refused StartTLS and saw no bind")
                .contains("EXT oid=1.3.6.1.4.1.1466.20037").doesNotContain("BIND");
    }

    @Test
    void aDirectoryThatIsDownIsATemporaryFailure() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        LdapBindVerifier v = verifier(Map.of("ldap_servers", "ldap://127.0.0.1:" + closed + "/", "ldap_timeout", "2"));
        long start = System.nanoTime();
        assertThat(v.verify("alice", "alice secret".toCharArray())).isEqualTo(PasswordCheck.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
