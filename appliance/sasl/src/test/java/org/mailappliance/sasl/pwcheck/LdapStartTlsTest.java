package org.mailappliance.sasl.pwcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.sasl.PasswordCheck;

/**
 * {@code ldap_start_tls} against a private slapd with a throwaway CA and server certificate (made with openssl for
 * the test) that refuses simple binds below 128 bits of protection: a bind that works went through StartTLS.
 */
class LdapStartTlsTest {
    @TempDir
    static Path dir;
    private static PrivateSlapd slapd;

    @BeforeAll
    static void startSlapd() throws Exception {
        Path tls = Files.createDirectories(dir.resolve("tls"));
        openssl(tls, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Test LDAP CA",
                "-keyout", "ca.key", "-out", "ca.pem");
        openssl(tls, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Wrong CA",
                "-keyout", "wrong.key", "-out", "wrong.pem");
        openssl(tls, "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key",
                "-out", "server.csr");
        Files.writeString(tls.resolve("san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        openssl(tls, "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", "san.ext", "-out", "server.pem");
        slapd = PrivateSlapd.start(dir.resolve("slapd"), """
                TLSCACertificateFile %1$s/ca.pem
                TLSCertificateFile %1$s/server.pem
                TLSCertificateKeyFile %1$s/server.key
                security simple_bind=128
                """.formatted(tls));
    }

    private static void openssl(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("openssl " + String.join(" ", args) + ": " + out);
        }
    }

    @AfterAll
    static void stopSlapd() throws Exception {
        if (slapd != null) {
            slapd.close();
        }
    }

    private static LdapBindVerifier verifier(Map<String, String> extra) throws Exception {
        Map<String, String> conf = new HashMap<>(Map.of("ldap_servers", "ldap://127.0.0.1:" + slapd.port + "/",
                "ldap_search_base", "ou=people,dc=example,dc=org", "ldap_filter", "(uid=%U)",
                "ldap_start_tls", "yes", "ldap_timeout", "5"));
        conf.putAll(extra);
        return new LdapBindVerifier(LdapSettings.from(ImapdConf.of(conf)));
    }

    @Test
    void theDirectoryRefusesBindsInClear() throws Exception {
        assertThat(verifier(Map.of("ldap_start_tls", "no")).verify("alice", "alice secret".toCharArray()))
                .isNotEqualTo(PasswordCheck.OK);
    }

    @Test
    void startTlsWithTheRightCaBindsAndAWrongPasswordIsStillWrong() throws Exception {
        LdapBindVerifier v = verifier(Map.of("ldap_tls_check_peer", "yes",
                "ldap_tls_cacert_file", dir.resolve("tls/ca.pem").toString()));
        assertThat(v.verify("alice", "alice secret".toCharArray())).isEqualTo(PasswordCheck.OK);
        assertThat(v.verify("alice", "bobpw".toCharArray())).isEqualTo(PasswordCheck.BAD);
        assertThat(v.verify("nobody", "x".toCharArray())).isEqualTo(PasswordCheck.BAD);
        LdapBindVerifier service = verifier(Map.of("ldap_tls_check_peer", "yes",
                "ldap_tls_cacert_file", dir.resolve("tls/ca.pem").toString(),
                "ldap_bind_dn", "cn=search,dc=example,dc=org", "ldap_password", "searchpw"));
        assertThat(service.verify("alice", "alice secret".toCharArray())).as("the search identity binds over TLS too")
                .isEqualTo(PasswordCheck.OK);
    }

    @Test
    void aServerCertificateFromAnotherCaIsATemporaryFailureWithoutAnyBind() throws Exception {
        LdapBindVerifier v = verifier(Map.of("ldap_tls_check_peer", "yes",
                "ldap_tls_cacert_file", dir.resolve("tls/wrong.pem").toString()));
        long before = slapd.logSize();
        assertThat(v.verify("bob", "bobpw".toCharArray())).isEqualTo(PasswordCheck.UNAVAILABLE);
        assertThat(slapd.logSince(before)).as("StartTLS was asked for, no bind followed")
                .contains("EXT oid=1.3.6.1.4.1.1466.20037").doesNotContain("BIND");
    }

    @Test
    void withoutPeerCheckingTheLinkIsEncryptedButTheServerUnverified() throws Exception {
        assertThat(verifier(Map.of("ldap_tls_cacert_file", dir.resolve("tls/wrong.pem").toString()))
                .verify("alice", "alice secret".toCharArray())).isEqualTo(PasswordCheck.OK);
    }

    @Test
    void startTlsNeedsLdapUrisAndAReadableCaFile() {
        assertThatThrownBy(() -> LdapSettings.from(ImapdConf.of(Map.of("ldap_servers", "ldaps://127.0.0.1/",
                "ldap_start_tls", "yes")))).isInstanceOf(ConfigException.class).hasMessageContaining("ldap://");
        assertThatThrownBy(() -> verifier(Map.of("ldap_tls_check_peer", "yes",
                "ldap_tls_cacert_file", dir.resolve("tls/server.csr").toString())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ldap_tls_cacert_file");
    }
}
